namespace Intensif.Contracts.Api.Domain;

/// <summary>Which regime a sanction applies to: unemployment allowance (ARE/ASS, R.5412-1) or RSA (R.262-68 CASF).</summary>
public enum BenefitKind
{
    ALLOCATION_CHOMAGE,
    RSA,
}
