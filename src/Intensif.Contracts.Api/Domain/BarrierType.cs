namespace Intensif.Contracts.Api.Domain;

/// <summary>Types of social barriers (freins) of the diagnostic global and of the exit (§3.5, §3.17).</summary>
public enum BarrierType
{
    LOGEMENT,
    MOBILITE,
    SANTE,
    GARDE_ENFANT,
    AIDANT,
    BUDGET_DETTE,
    ACCES_DROITS,
    LANGUE_SAVOIRS_DE_BASE,
    NUMERIQUE,
    ISOLEMENT,
    JUSTICE,
    AUTRE,
}
