using System.ComponentModel.DataAnnotations;
using Intensif.Contracts.Api.Domain;

namespace Intensif.Contracts.Api.Apis;

/// <summary>A barrier rated in the diagnostic; <c>evidence</c> is a short free text, restricted when asked (always for SANTE and JUSTICE).</summary>
public sealed record DiagnosticBarrierInput
{
    [Required, EnumDataType(typeof(BarrierType))] public BarrierType? Type { get; init; }
    [Required, EnumDataType(typeof(BarrierLevel))] public BarrierLevel? Level { get; init; }
    [StringLength(500)] public string? Evidence { get; init; }
    public bool Restricted { get; init; }

    public DiagnosticBarrier ToDomain() => new(Type!.Value, Level!.Value, Evidence, Restricted);
}
