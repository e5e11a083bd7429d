namespace Intensif.Scheduling.Api.Domain;

/// <summary>
/// SR-02 (domain reference §4, from BR-15 "at least 2 interviews per calendar month", MUST-B): in each calendar month
/// (Europe/Paris) of intensive accompaniment a person has at least two <em>held</em> entretiens. A month only partly in
/// intensive accompaniment is pro-rated: fewer than 15 active days → threshold 1 (SR-02 pro-rating, PROP). No-shows,
/// justified or not, and cancelled entretiens do not count. §3.12 leaves out "purely administrative" types (PROP) without
/// naming them, so every held type counts until that list is decided.
/// </summary>
public static class InterviewCompliance
{
    public const int RequiredPerFullMonth = 2;

    /// <summary>SR-02 pro-rating (PROP): 0 active days → 0, fewer than 15 → 1, otherwise 2.</summary>
    public const int ProRatingThresholdDays = 15;

    public static int RequiredHeld(int activeDays) => activeDays switch
    {
        <= 0 => 0,
        < ProRatingThresholdDays => 1,
        _ => RequiredPerFullMonth,
    };

    /// <summary>The month of one person: <paramref name="activeDays"/> are the days of the month in intensive accompaniment.</summary>
    public static MonthlyCompliance Assess(CalendarMonth month, int activeDays, IEnumerable<Interview> interviews)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(activeDays, month.Days);
        var held = interviews.Count(i => i.Status == InterviewStatus.HELD && month.Contains(i.ScheduledAt));
        return new MonthlyCompliance(held, RequiredHeld(activeDays));
    }
}
