namespace Intensif.Contracts.Api.Domain;

/// <summary>The measure of a sanction decision (§3.16).</summary>
public enum SanctionMeasure
{
    SUSPENSION,
    SUPPRESSION_PARTIELLE,
    SUPPRESSION_TOTALE,
    RADIATION,
}
