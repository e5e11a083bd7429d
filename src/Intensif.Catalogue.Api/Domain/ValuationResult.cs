namespace Intensif.Catalogue.Api.Domain;

/// <summary>The hours an occurrence is worth, before (<see cref="RawHours"/>) and after the caps that applied.</summary>
public sealed record ValuationResult(decimal Hours, decimal RawHours, IReadOnlyList<string> AppliedCaps);
