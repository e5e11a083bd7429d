namespace Intensif.Contracts.Api.Domain;

/// <summary>Who took the orientation decision (§3.2 decidedBy).</summary>
public enum OrientationAuthority
{
    FRANCE_TRAVAIL,
    /// <summary>Président du conseil départemental (RSA).</summary>
    PCD,
    MISSION_LOCALE,
    CAP_EMPLOI,
}
