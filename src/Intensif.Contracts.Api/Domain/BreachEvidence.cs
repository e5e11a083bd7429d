namespace Intensif.Contracts.Api.Domain;

/// <summary>A piece of evidence: a reference (e.g. the ISO week 2026-W45, an interview id) and a short factual summary.</summary>
public sealed record BreachEvidence(EvidenceKind Kind, string Reference, string? Summary);
