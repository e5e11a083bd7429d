namespace Intensif.Contracts.Api.Domain;

/// <summary>How the weekly activity duration of the plan relates to the target (domain reference §3.6, BR-03…BR-05).</summary>
public enum WeeklyDurationRegime
{
    STANDARD,
    ADJUSTED_DOWN,
    ADJUSTED_UP,
    EXEMPT,
}
