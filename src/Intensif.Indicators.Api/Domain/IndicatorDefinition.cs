namespace Intensif.Indicators.Api.Domain;

/// <summary>The written definition of an indicator; a change of meaning is a new version.</summary>
public sealed record IndicatorDefinition(
    string Code,
    int Version,
    string Title,
    string Numerator,
    string? Denominator,
    string Period,
    string Population,
    IReadOnlyList<string> Sources);
