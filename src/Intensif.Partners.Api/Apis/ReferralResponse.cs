using Intensif.Partners.Api.Domain;

namespace Intensif.Partners.Api.Apis;

/// <summary>A referral as its sender and its receiving partner see it; Status already shows an unanswered referral past its deadline as EXPIRED.</summary>
public sealed record ReferralResponse(
    Guid Id, Guid SessionId, Guid StructureId, string OrganismeId, string ReferentId, string ReferentName,
    Guid BeneficiaryId, string PersonName, string? PersonContact, string? AccessibilityNeeds, string? Motive,
    DateTimeOffset ConsentRecordedAt, string Status, DateTimeOffset SentAt, DateTimeOffset ExpiresAt,
    DateTimeOffset? WaitlistedAt, DateTimeOffset? DecidedAt, string? RefusalReason, string? Comment)
{
    public static ReferralResponse From(Referral r, DateTimeOffset now) => new(
        r.Id, r.SessionId, r.StructureId, r.OrganismeId, r.ReferentId, r.ReferentName, r.BeneficiaryId, r.PersonName, r.PersonContact,
        r.AccessibilityNeeds, r.Motive, r.ConsentRecordedAt, r.StatusAt(now).ToString(), r.SentAt, r.ExpiresAt, r.WaitlistedAt, r.DecidedAt,
        r.RefusalReason, r.Comment);
}
