namespace Intensif.Contracts.Api.Domain;

/// <summary>Who decides a sanction: France Travail for allowances (R.5412-1), the PCD for RSA (R.262-68).</summary>
public enum DecisionAuthority
{
    FRANCE_TRAVAIL,
    PCD,
}
