using Intensif.Contracts.Api.Domain;

namespace Intensif.Contracts.Api.Apis;

/// <summary>A version of the diagnostic as the caller may read it: restricted free text only for its author and the référent.</summary>
public sealed record DiagnosticResponse(
    Guid Id, Guid BeneficiaryId, int Version, DateOnly Date, ProjectMaturity? ProjectMaturity, string? ProfessionalProject,
    IReadOnlyList<DiagnosticBarrier> Barriers, decimal? WeeklyCapacityHint, bool CoBuilt, bool TriggersReorientation,
    bool? IntensiveEligible, DateTimeOffset RecordedAt, string RecordedBy)
{
    public static DiagnosticResponse For(Diagnostic d, string subject, string currentReferentId) => new(
        d.Id, d.BeneficiaryId, d.Version, d.Date, d.ProjectMaturity, d.ProfessionalProject, d.BarriersSeenBy(subject, currentReferentId),
        d.WeeklyCapacityHint, d.CoBuilt, d.TriggersReorientation, d.IntensiveEligible, d.RecordedAt, d.RecordedBy);

    /// <summary>For the audit trail: levels only, never the free text.</summary>
    public static object Audited(Diagnostic d) => new
    {
        d.Version, d.Date, d.ProjectMaturity, Barriers = d.Barriers.Select(b => $"{b.Type}:{b.Level}").ToArray(),
        d.WeeklyCapacityHint, d.CoBuilt, d.TriggersReorientation, d.IntensiveEligible,
    };
}
