using System.ComponentModel.DataAnnotations;
using Intensif.Contracts.Api.Domain;

namespace Intensif.Contracts.Api.Apis;

/// <summary>A step of the procedure: invitation sent, observations received, EP opinion, or compliance (lifting).</summary>
public sealed record BreachStepRequest
{
    /// <summary>When it happened; today when omitted.</summary>
    public DateOnly? On { get; init; }
    /// <summary>Observations: whether the person claims a motif légitime (BR-26).</summary>
    public bool LegitimateReasonClaimed { get; init; }
    /// <summary>Observations: a short factual summary (no health details).</summary>
    [StringLength(1000)] public string? Summary { get; init; }
    /// <summary>EP opinion (RSA).</summary>
    [EnumDataType(typeof(EpOpinion))] public EpOpinion? Opinion { get; init; }
}
