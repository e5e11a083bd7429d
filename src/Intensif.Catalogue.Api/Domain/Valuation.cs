namespace Intensif.Catalogue.Api.Domain;

/// <summary>
/// The one place where an occurrence of an activity becomes hours (BR-17, SR-04, BR-35). Scheduling and Contracts
/// call it through POST /api/catalogue/valuations; nothing else computes hours.
/// </summary>
public static class Valuation
{
    /// <summary>A day of activity never counts for more than a working day.</summary>
    public const decimal MaxHoursPerOccurrence = 35m;

    public const string NotCounted = "not-counted";
    public const string WeeklyOccurrencesCap = "weekly-occurrences-cap";
    public const string WeeklyHoursCap = "weekly-hours-cap";
    public const string TotalHoursCap = "total-hours-cap";

    public static ValuationResult HoursFor(ValuationRule rule, bool countsTowardWeeklyHours, Occurrence occurrence, CreditedSoFar soFar)
    {
        var raw = RawHours(rule, occurrence);
        var caps = new List<string>();
        var hours = raw;

        if (!countsTowardWeeklyHours)
            return new ValuationResult(0m, raw, [NotCounted]);

        // SR-04: autonomous declarations and frequent forfaits are capped per week
        if (rule.MaxOccurrencesPerWeek is { } maxOccurrences && soFar.OccurrencesThisWeek >= maxOccurrences)
        {
            hours = 0m;
            caps.Add(WeeklyOccurrencesCap);
        }
        if (rule.MaxHoursPerWeek is { } maxWeek && hours > Remaining(maxWeek, soFar.HoursThisWeek))
        {
            hours = Remaining(maxWeek, soFar.HoursThisWeek);
            caps.Add(WeeklyHoursCap);
        }
        // BR-35 and the like: a cap over the whole accompaniment (bilan de compétences ≤ 24 h)
        if (rule.MaxTotalHours is { } maxTotal && hours > Remaining(maxTotal, soFar.HoursInTotal))
        {
            hours = Remaining(maxTotal, soFar.HoursInTotal);
            caps.Add(TotalHoursCap);
        }
        return new ValuationResult(hours, raw, caps);
    }

    private static decimal RawHours(ValuationRule rule, Occurrence occurrence)
    {
        if (occurrence.Units < 1)
            throw new InvalidOccurrenceException("units", "An occurrence covers at least one unit.");
        switch (rule.Method)
        {
            case ValuationMethod.TEMPS_REEL_PLAFONNE:
                if (occurrence.ActualHours is not { } actual || actual <= 0 || actual > MaxHoursPerOccurrence)
                    throw new InvalidOccurrenceException("actualHours", "Capped real time needs the hours actually spent, more than 0 and at most 35.");
                return actual;
            case ValuationMethod.FORFAIT_PAR_OCCURRENCE when occurrence.Units != 1:
                throw new InvalidOccurrenceException("units", "A forfait per occurrence values one occurrence at a time.");
            default:
                var forfait = rule.ForfaitHours ?? throw new InvalidOccurrenceException("entryCode", "This entry has no forfait to value an occurrence with.");
                var hours = forfait * occurrence.Units;
                if (hours > MaxHoursPerOccurrence)
                    throw new InvalidOccurrenceException("units", "One occurrence is worth at most 35 hours: record longer activities week by week.");
                return hours;
        }
    }

    private static decimal Remaining(decimal cap, decimal used) => Math.Max(0m, cap - used);
}
