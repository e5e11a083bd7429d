namespace Intensif.Contracts.Api.Domain;

/// <summary>The four breaches that can be sanctioned (BR-26, R.5411-11, L.262-37).</summary>
public enum BreachType
{
    REFUS_ELABORER_ACTUALISER_CONTRAT,
    ASSIDUITE,
    PARTICIPATION_ACTIVE,
    ACTES_POSITIFS_REPETES,
}
