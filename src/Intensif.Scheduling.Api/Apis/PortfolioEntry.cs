namespace Intensif.Scheduling.Api.Apis;

/// <summary>A person in an open intensive episode, as Scheduling knows them from the Contracts events (pseudonymous id).</summary>
public sealed record PortfolioEntry(
    Guid BeneficiaryId, Guid EpisodeId, Guid ContractId, string ReferentId, string Territory, DateOnly StartDate, DateOnly PlannedEndDate,
    decimal TargetWeeklyHours);
