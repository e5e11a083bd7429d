using Intensif.Indicators.Api.Domain;

namespace Intensif.Indicators.Tests.Domain;

/// <summary>Hand-built episodes for the indicator scenarios.</summary>
internal static class Episodes
{
    public static IntensiveEpisode Started(string organisme, string territory, string start, string plannedEnd)
    {
        var episode = IntensiveEpisode.Known(Guid.NewGuid(), Guid.NewGuid(), organisme, territory, Guid.NewGuid());
        episode.ApplyStarted(DateOnly.Parse(start), DateOnly.Parse(plannedEnd));
        return episode;
    }

    public static IntensiveEpisode Ended(string organisme, string territory, string start, string end, string exitType)
    {
        var episode = Started(organisme, territory, start, end);
        episode.ApplyEnded(DateOnly.Parse(start), DateOnly.Parse(end), exitType);
        return episode;
    }

    public static IReadOnlyList<ReportingMonth> Months(string from, string to)
    {
        ReportingMonth.TryParse(from, out var f);
        ReportingMonth.TryParse(to, out var t);
        return ReportingMonth.Range(f, t);
    }
}
