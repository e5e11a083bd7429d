namespace Intensif.Contracts.Api.Domain;

/// <summary>A barrier and its level, as rated in the diagnostic or at exit ("persistance des freins").</summary>
public sealed record BarrierRating(BarrierType Type, BarrierLevel Level);
