using Intensif.Contracts.Api.Domain;

namespace Intensif.Contracts.Api.Apis;

public sealed record BreachFileResponse(
    Guid Id, Guid BeneficiaryId, Guid? ContractId, BenefitKind Benefit, BreachType BreachType, DateOnly DetectedOn,
    IReadOnlyList<BreachEvidence> Evidence, BreachFileStatus Status, DateOnly? ObservationsInvitedOn, DateOnly? ObservationsReceivedOn,
    bool? LegitimateReasonClaimed, string? ObservationsSummary, EpOpinion? EpOpinion, DateOnly? EpOpinionOn,
    DecisionAuthority? DecisionAuthority, DateOnly? DecisionDate, SanctionRank? Rank, SanctionMeasure? Measure, int? RatePercent,
    int? DurationMonths, bool HouseholdCapApplied, DateOnly? SanctionEndsOn, string? NoSanctionReason, string? DismissalReason, DateOnly? LiftedOn,
    LiftReason? LiftReason, bool? AmountsRepaid, DateTimeOffset ProposedAt, string ProposedBy, DateTimeOffset UpdatedAt)
{
    public static BreachFileResponse From(BreachFile f) => new(
        f.Id, f.BeneficiaryId, f.ContractId, f.Benefit, f.BreachType, f.DetectedOn, f.Evidence, f.Status, f.ObservationsInvitedOn,
        f.ObservationsReceivedOn, f.LegitimateReasonClaimed, f.ObservationsSummary, f.EpOpinion, f.EpOpinionOn, f.DecisionAuthority,
        f.DecisionDate, f.Rank, f.Measure, f.RatePercent, f.DurationMonths, f.HouseholdCapApplied, f.SanctionEndsOn, f.NoSanctionReason, f.DismissalReason,
        f.LiftedOn, f.LiftReason, f.AmountsRepaid, f.ProposedAt, f.ProposedBy, f.UpdatedAt);
}
