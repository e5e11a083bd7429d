namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// The written definition of an indicator; a change of meaning is a new version. <c>Reference</c> is its line in
/// domain-reference §5 (I1…I6, O1…O7, RPE for the Réseau pour l'emploi counts). <c>Additive</c> counts sum to the
/// total of their row, which is why a masked one needs a second masked cell (complementary suppression);
/// <see cref="AdditiveOverTime"/> flows also add up from months to their quarter.
/// </summary>
public sealed record IndicatorDefinition(
    string Code,
    int Version,
    string Reference,
    string Title,
    string Unit,
    string Numerator,
    string? Denominator,
    string Period,
    string Population,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Breakdowns,
    bool Additive)
{
    public bool AdditiveOverTime { get; init; }

    /// <summary>The notes of the breakdowns this indicator allows (a person of several publics counts in each of their groups).</summary>
    public IReadOnlyDictionary<string, string> BreakdownNotes =>
        Breakdown.Notes.Where(n => Breakdowns.Contains(n.Key)).ToDictionary(n => n.Key, n => n.Value);
}
