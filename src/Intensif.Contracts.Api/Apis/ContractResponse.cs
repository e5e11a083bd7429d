using Intensif.Contracts.Api.Domain;

namespace Intensif.Contracts.Api.Apis;

public sealed record ContractResponse(
    Guid Id, Guid BeneficiaryId, string OrganismeId, string ReferentId, ContractStatus Status, DateOnly? SignedOn,
    DateOnly? BeneficiaryAcknowledgedOn, DateOnly? ActivatedOn, DateOnly? ClosedOn, ExitType? ClosureReason,
    WeeklyDurationRegime Regime, decimal TargetWeeklyHours, string? DurationJustification, bool RequestedByBeneficiary,
    string? OrganismeCommitments, string? BeneficiaryCommitments, int Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static ContractResponse From(Contract c) => new(
        c.Id, c.BeneficiaryId, c.OrganismeId, c.ReferentId, c.Status, c.SignedOn, c.BeneficiaryAcknowledgedOn, c.ActivatedOn,
        c.ClosedOn, c.ClosureReason, c.Regime, c.TargetWeeklyHours, c.DurationJustification, c.RequestedByBeneficiary,
        c.OrganismeCommitments, c.BeneficiaryCommitments, c.Revision, c.CreatedAt, c.UpdatedAt);
}
