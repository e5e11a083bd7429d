using Intensif.Contracts.Api.Domain;

namespace Intensif.Contracts.Api.Apis;

public sealed record ReferentChangeResponse(
    Guid Id, Guid BeneficiaryId, string FromReferentId, string ToReferentId, ReferentChangeReason Reason, DateOnly EffectiveDate,
    string HandoverNote, bool PlanContinuity, DateTimeOffset RecordedAt, string RecordedBy)
{
    public static ReferentChangeResponse From(ReferentChange r) => new(
        r.Id, r.BeneficiaryId, r.FromReferentId, r.ToReferentId, r.Reason, r.EffectiveDate, r.HandoverNote, r.PlanContinuity, r.RecordedAt, r.RecordedBy);
}
