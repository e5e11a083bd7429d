namespace Intensif.Contracts.Api.Domain;

/// <summary>The publics a person belongs to (§3.1 publicTypes): they decide which sanction regime applies and which caps.</summary>
public enum PublicType
{
    RSA,
    ARE,
    ASS,
    /// <summary>Jeune de moins de 26 ans suivi par une mission locale.</summary>
    JEUNE,
    /// <summary>Bénéficiaire de l'obligation d'emploi (BOETH / RQTH).</summary>
    RQTH,
    SANS_ALLOCATION,
}
