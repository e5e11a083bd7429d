namespace Intensif.Contracts.Api.Domain;

/// <summary>
/// §3.17 followUpChecks: 3, 6 and 12 months after the exit of an intensive episode the référent checks the person's
/// employment situation (I4 is measured at M+6 and M+12). A check is due from that date until it is answered: an
/// outcome of its source is recorded for the episode, or a <see cref="FollowUpCheckRecord"/> (no job found).
/// </summary>
public static class FollowUpCheck
{
    public static readonly IReadOnlyList<(EmploymentOutcomeSource Source, int Months)> Schedule =
    [
        (EmploymentOutcomeSource.FOLLOW_UP_3_MONTHS, 3),
        (EmploymentOutcomeSource.FOLLOW_UP_6_MONTHS, 6),
        (EmploymentOutcomeSource.FOLLOW_UP_12_MONTHS, 12),
    ];

    /// <summary>The checks of an exit on <paramref name="exitDate"/> due on <paramref name="on"/>, those already answered left out.</summary>
    public static IEnumerable<(EmploymentOutcomeSource Source, DateOnly DueOn)> Due(DateOnly exitDate, DateOnly on, IEnumerable<EmploymentOutcomeSource> recorded)
    {
        var answered = recorded.ToHashSet();
        return Schedule.Select(s => (s.Source, DueOn: exitDate.AddMonths(s.Months)))
            .Where(s => s.DueOn <= on && !answered.Contains(s.Source));
    }
}
