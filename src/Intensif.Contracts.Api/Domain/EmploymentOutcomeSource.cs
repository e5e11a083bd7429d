namespace Intensif.Contracts.Api.Domain;

/// <summary>How the platform learnt of an employment outcome (§3.17): at the exit, at a follow-up check after it, or from the référent at any time.</summary>
public enum EmploymentOutcomeSource
{
    EXIT,
    FOLLOW_UP_3_MONTHS,
    FOLLOW_UP_6_MONTHS,
    FOLLOW_UP_12_MONTHS,
    REFERENT,
}
