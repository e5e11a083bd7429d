namespace Intensif.Contracts.Api.Domain;

/// <summary>What both sides commit to, and the weekly duration of the plan d'action (L.5411-6, R.5411-15).</summary>
public sealed record ContractTerms(WeeklyDuration WeeklyDuration, string? OrganismeCommitments, string? BeneficiaryCommitments)
{
    public static ContractTerms Default(LocalPolicy policy) => new(WeeklyDuration.Standard(policy), null, null);
}
