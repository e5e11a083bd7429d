using Intensif.Contracts.Api.Domain;

namespace Intensif.Contracts.Api.Apis;

public sealed record ContractVersionResponse(
    int Version, ContractChange Change, string? Reason, ContractStatus Status, string ReferentId, WeeklyDurationRegime Regime,
    decimal TargetWeeklyHours, string? DurationJustification, string? OrganismeCommitments, string? BeneficiaryCommitments,
    DateTimeOffset RecordedAt, string RecordedBy)
{
    public static ContractVersionResponse From(ContractVersion v) => new(
        v.Number, v.Change, v.Reason, v.Status, v.ReferentId, v.Regime, v.TargetWeeklyHours, v.DurationJustification,
        v.OrganismeCommitments, v.BeneficiaryCommitments, v.RecordedAt, v.RecordedBy);
}
