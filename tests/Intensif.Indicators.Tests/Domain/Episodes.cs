using Intensif.Indicators.Api.Domain;

namespace Intensif.Indicators.Tests.Domain;

/// <summary>Hand-built episodes, contracts and periods for the indicator scenarios.</summary>
internal static class Episodes
{
    public static IntensiveEpisode Started(string organisme, string territory, string start, string plannedEnd, string referent = "ref-1", Guid? person = null)
    {
        var episode = IntensiveEpisode.Known(Guid.NewGuid(), Guid.NewGuid(), organisme, territory, person ?? Guid.NewGuid());
        episode.ApplyStarted(DateOnly.Parse(start), DateOnly.Parse(plannedEnd), referent);
        return episode;
    }

    public static IntensiveEpisode Ended(string organisme, string territory, string start, string end, string exitType, string? plannedEnd = null,
        string referent = "ref-1", Guid? person = null)
    {
        var episode = Started(organisme, territory, start, plannedEnd ?? end, referent, person);
        episode.ApplyEnded(DateOnly.Parse(start), DateOnly.Parse(end), exitType);
        return episode;
    }

    public static ContractSpell Contract(string organisme, string territory, string signed, string? closed = null, Guid? person = null) =>
        new(Guid.NewGuid(), organisme, territory, person ?? Guid.NewGuid(), DateOnly.Parse(signed), closed is null ? null : DateOnly.Parse(closed));

    public static IndicatorData Data(params IntensiveEpisode[] episodes) => new() { Episodes = episodes };

    public static IReadOnlyList<ReportingPeriod> Months(string from, string to) => Periods(from, to, Granularity.Month);

    public static IReadOnlyList<ReportingPeriod> Periods(string from, string to, Granularity granularity)
    {
        ReportingPeriod.TryParseMonth(from, out var f);
        ReportingPeriod.TryParseMonth(to, out var t);
        return ReportingPeriod.Range(f, t, granularity);
    }
}
