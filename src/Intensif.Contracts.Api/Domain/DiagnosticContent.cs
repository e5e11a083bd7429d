namespace Intensif.Contracts.Api.Domain;

/// <summary>What a version of the diagnostic global says (§3.5).</summary>
public sealed record DiagnosticContent(
    DateOnly Date, ProjectMaturity? ProjectMaturity, string? ProfessionalProject, IReadOnlyList<DiagnosticBarrier> Barriers,
    decimal? WeeklyCapacityHint, bool CoBuilt, bool TriggersReorientation, bool? IntensiveEligible);
