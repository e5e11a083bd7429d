namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// The closed weeks of one episode whose Thursday falls in one calendar month (§5 I3 ISO rule), summed: what I3, I3b
/// and I3c read. Each <see cref="ClosedWeek"/> adds its <see cref="ClosedWeek.MonthTotals"/>; the service keeps these
/// sums in <c>closed_week_months</c>, raised by the difference of every saved week (docs/indicators.md "Monthly totals").
/// A month or a quarter is a union of months, so every period of these indicators is a sum of these rows.
/// </summary>
public sealed class WeekMonth : IMonthlyTotal
{
    public Guid EpisodeId { get; private set; }
    /// <summary>The episode's organisme and territory (those its weeks are closed in): a scope's months are read by them.</summary>
    public string OrganismeId { get; private set; } = "";
    public string Territory { get; private set; } = "";
    /// <summary>The first day of the month of the weeks' Thursdays.</summary>
    public DateOnly Month { get; private set; }
    public int Weeks { get; private set; }
    public int WeeksReachingTarget { get; private set; }
    public decimal RealisedHours { get; private set; }
    public decimal AccompaniedHours { get; private set; }

    private WeekMonth() { }

    public WeekMonth(Guid episodeId, string organismeId, string territory, DateOnly month, int weeks, int weeksReachingTarget,
        decimal realisedHours, decimal accompaniedHours) =>
        (EpisodeId, OrganismeId, Territory, Month, Weeks, WeeksReachingTarget, RealisedHours, AccompaniedHours) =
        (episodeId, organismeId, territory, month, weeks, weeksReachingTarget, realisedHours, accompaniedHours);

    public IMonthlyTotal Negated() => new WeekMonth(EpisodeId, OrganismeId, Territory, Month, -Weeks, -WeeksReachingTarget, -RealisedHours, -AccompaniedHours);

    /// <summary>The sums of several contributions to one episode's month.</summary>
    public static WeekMonth Total(IReadOnlyCollection<WeekMonth> parts)
    {
        var one = parts.First();
        return new WeekMonth(one.EpisodeId, one.OrganismeId, one.Territory, one.Month, parts.Sum(t => t.Weeks), parts.Sum(t => t.WeeksReachingTarget),
            parts.Sum(t => t.RealisedHours), parts.Sum(t => t.AccompaniedHours));
    }

    /// <summary>The weeks summed by episode and month, as the kept table holds them.</summary>
    public static IReadOnlyList<WeekMonth> Sum(IEnumerable<ClosedWeek> weeks) =>
        [.. from t in weeks.Select(w => w.MonthTotals()).OfType<WeekMonth>()
            group t by (t.EpisodeId, t.Month) into g
            select Total([.. g])];
}
