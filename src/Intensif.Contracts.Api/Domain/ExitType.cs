namespace Intensif.Contracts.Api.Domain;

/// <summary>Why an intensive accompaniment ends (sortie, domain reference §3.17).</summary>
public enum ExitType
{
    EMPLOI_DURABLE,
    EMPLOI_TEMPORAIRE,
    CREATION_ACTIVITE,
    FORMATION_QUALIFIANTE,
    PARCOURS_STRUCTURE,
    RETOUR_DROIT_COMMUN,
    REORIENTATION,
    ABANDON,
    NON_ADHESION,
    SANCTION_RADIATION,
    DEMENAGEMENT,
    SANTE,
    FIN_DROITS,
    SORTIE_RSA_AUTRE,
    AUTRE,
}
