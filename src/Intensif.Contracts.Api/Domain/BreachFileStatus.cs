namespace Intensif.Contracts.Api.Domain;

/// <summary>PROPOSED → OBSERVATIONS_INVITED → SANCTIONED (→ LIFTED) or NO_SANCTION (SR-11); a proposal may be DISMISSED.</summary>
public enum BreachFileStatus
{
    PROPOSED,
    OBSERVATIONS_INVITED,
    SANCTIONED,
    NO_SANCTION,
    LIFTED,
    DISMISSED,
}
