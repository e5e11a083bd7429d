using System.ComponentModel.DataAnnotations;
using Intensif.Contracts.Api.Domain;

namespace Intensif.Contracts.Api.Apis;

public sealed record BreachEvidenceInput
{
    [Required, EnumDataType(typeof(EvidenceKind))] public EvidenceKind? Kind { get; init; }
    /// <summary>What it points at: an ISO week (2026-W45), an interview id, a contract version…</summary>
    [Required, StringLength(100, MinimumLength = 1)] public string? Reference { get; init; }
    [StringLength(500)] public string? Summary { get; init; }

    public BreachEvidence ToDomain() => new(Kind!.Value, Reference!.Trim(), string.IsNullOrWhiteSpace(Summary) ? null : Summary.Trim());
}
