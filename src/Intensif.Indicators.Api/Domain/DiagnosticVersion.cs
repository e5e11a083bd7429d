using Intensif.Indicators.Api.Infrastructure;

namespace Intensif.Indicators.Api.Domain;

/// <summary>One version of a person's diagnostic global, reduced to its barriers as "TYPE:LEVEL" codes (never free text).</summary>
public sealed class DiagnosticVersion : IFeedsIndicators
{
    public Guid DiagnosticId { get; private set; }
    public int Version { get; private set; }
    public string OrganismeId { get; private set; } = "";
    public string Territory { get; private set; } = "";
    public Guid BeneficiaryId { get; private set; }
    public DateOnly DiagnosticDate { get; private set; }
    public List<string> Barriers { get; private set; } = [];

    private DiagnosticVersion() { }

    public static DiagnosticVersion Recorded(Guid diagnosticId, int version, string organismeId, string territory, Guid beneficiaryId,
        DateOnly diagnosticDate, IEnumerable<string> barriers) => new()
    {
        DiagnosticId = diagnosticId, Version = version, OrganismeId = organismeId, Territory = territory, BeneficiaryId = beneficiaryId,
        DiagnosticDate = diagnosticDate, Barriers = [.. barriers],
    };

    /// <summary>Figures it feeds: every period ending on or after it may read it as an entry diagnostic.</summary>
    public IEnumerable<FiguresTouched> FiguresFed() => [new(OrganismeId, Territory, DiagnosticDate, null)];
}
