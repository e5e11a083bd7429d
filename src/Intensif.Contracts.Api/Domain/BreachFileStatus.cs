namespace Intensif.Contracts.Api.Domain;

/// <summary>PROPOSED → OBSERVATIONS_INVITED → SANCTIONED (→ LIFTED) or NO_SANCTION (SR-11).</summary>
public enum BreachFileStatus
{
    PROPOSED,
    OBSERVATIONS_INVITED,
    SANCTIONED,
    NO_SANCTION,
    LIFTED,
}
