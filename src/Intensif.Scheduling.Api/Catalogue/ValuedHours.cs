namespace Intensif.Scheduling.Api.Catalogue;

/// <summary>The catalogue's answer: hours after caps, hours before them, the caps applied, whose valuation, and the supervision.</summary>
public sealed record ValuedHours(decimal Hours, decimal RawHours, IReadOnlyList<string> AppliedCaps, string Source, string? Supervision);
