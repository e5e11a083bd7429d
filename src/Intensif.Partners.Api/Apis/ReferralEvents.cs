using Intensif.IntegrationEvents;
using Intensif.Partners.Api.Domain;

namespace Intensif.Partners.Api.Apis;

/// <summary>The integration events of a referral: pseudonymous id only, never the person's name or contact.</summary>
public static class ReferralEvents
{
    public static ReferralSent Sent(Referral r, PartnerSession s, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), now, r.Id, r.SessionId, r.StructureId, r.OrganismeId, r.BeneficiaryId, s.EntryCode);

    public static ReferralAccepted Accepted(Referral r, PartnerSession s, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), now, r.Id, r.SessionId, r.StructureId, r.OrganismeId, r.BeneficiaryId, s.EntryCode, s.Start, s.End, s.SeatsLeft);

    public static ReferralRefused Refused(Referral r, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), now, r.Id, r.SessionId, r.StructureId, r.OrganismeId, r.BeneficiaryId, r.RefusalReason!);

    public static ReferralExpired Expired(Referral r, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), now, r.Id, r.SessionId, r.StructureId, r.OrganismeId, r.BeneficiaryId);

    public static ReferralCancelled Cancelled(Referral r, PartnerSession s, bool bySessionCancellation, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), now, r.Id, r.SessionId, r.StructureId, r.OrganismeId, r.BeneficiaryId, bySessionCancellation, s.SeatsLeft);
}
