namespace Intensif.Contracts.Api.Domain;

/// <summary>A sanction as the competent authority decided it; the platform checks it against the bounds, never makes it.</summary>
public sealed record SanctionDecision(DecisionAuthority Authority, DateOnly DecisionDate, SanctionMeasure Measure, int RatePercent, int DurationMonths);
