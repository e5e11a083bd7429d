using System.ComponentModel.DataAnnotations;
using Intensif.Contracts.Api.Domain;

namespace Intensif.Contracts.Api.Apis;

/// <summary>The authority's decision as notified: a sanction (measure, rate, duration) or no sanction with its reason.</summary>
public sealed record BreachDecisionRequest
{
    [Required, EnumDataType(typeof(DecisionAuthority))] public DecisionAuthority? Authority { get; init; }
    /// <summary>Today when omitted.</summary>
    public DateOnly? DecisionDate { get; init; }
    /// <summary>True: a sanction; false: no sanction (reason required).</summary>
    [Required] public bool? Sanction { get; init; }
    [EnumDataType(typeof(SanctionMeasure))] public SanctionMeasure? Measure { get; init; }
    [Range(1, 100)] public int? RatePercent { get; init; }
    [Range(1, 12)] public int? DurationMonths { get; init; }
    [StringLength(1000)] public string? NoSanctionReason { get; init; }
}
