using System.ComponentModel.DataAnnotations;
using Intensif.Contracts.Api.Domain;

namespace Intensif.Contracts.Api.Apis;

/// <summary>A new version of the diagnostic global: the whole diagnostic as it now stands.</summary>
public sealed record RecordDiagnosticRequest
{
    /// <summary>Today when omitted.</summary>
    public DateOnly? Date { get; init; }
    [EnumDataType(typeof(ProjectMaturity))] public ProjectMaturity? ProjectMaturity { get; init; }
    [StringLength(500)] public string? ProfessionalProject { get; init; }
    [Required, MaxLength(12)] public List<DiagnosticBarrierInput>? Barriers { get; init; }
    [Range(0, 35)] public decimal? WeeklyCapacityHint { get; init; }
    public bool CoBuilt { get; init; }
    public bool TriggersReorientation { get; init; }
    public bool? IntensiveEligible { get; init; }

    public DiagnosticContent ToDomain(DateOnly today) => new(Date ?? today, ProjectMaturity, ProfessionalProject,
        Barriers!.Select(b => b.ToDomain()).ToArray(), WeeklyCapacityHint, CoBuilt, TriggersReorientation, IntensiveEligible);
}
