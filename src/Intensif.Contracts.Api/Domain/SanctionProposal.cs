namespace Intensif.Contracts.Api.Domain;

/// <summary>
/// A sanction the competent authority intends to decide. <paramref name="HouseholdSize"/> and
/// <paramref name="SingleParentMajoration"/> are the RSA household facts behind the 50 % cap (BR-29).
/// </summary>
public sealed record SanctionProposal(
    BenefitKind Benefit, SanctionRank Rank, SanctionMeasure Measure, int RatePercent, int DurationMonths,
    int HouseholdSize = 1, bool SingleParentMajoration = false);
