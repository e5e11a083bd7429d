using Intensif.ServiceDefaults.Time;

namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// The hourly costs, funders and R.5411-15 family of a catalogue entry (costing, O4), from CatalogueEntryPublished and
/// CatalogueEntryUpdated. The newest state wins: higher version, then later event; an older one arriving late changes nothing.
/// Funders are dated: every version's list is kept from the day of its event, so a funder change splits costing at that
/// day (the events carry no validity of their own for funding, unlike hourly costs).
/// </summary>
public sealed class ActivityCost
{
    public string EntryCode { get; private set; } = "";
    public int Version { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public List<HourlyCostPeriod> HourlyCosts { get; private set; } = [];
    public string[] Funding { get; private set; } = [];
    /// <summary>Every known version's funders from the day of its event (jsonb), whatever order the events came in.</summary>
    public List<FundingPeriod> FundingHistory { get; private set; } = [];
    /// <summary>R.5411-15 family of the entry (1 to 6; O4 counts family 1°, professional placements); null when not known.</summary>
    public int? Family { get; private set; }

    private ActivityCost() { }

    public static ActivityCost Known(string entryCode) => new() { EntryCode = entryCode, Version = -1, UpdatedAt = DateTimeOffset.MinValue };

    public void Apply(int version, DateTimeOffset occurredAt, IEnumerable<HourlyCostPeriod> hourlyCosts, IEnumerable<string> funding, int? family = null)
    {
        RecordFunding(version, occurredAt, funding);
        if (version < Version || (version == Version && occurredAt <= UpdatedAt)) return;
        (Version, UpdatedAt, Family) = (version, occurredAt, family);
        HourlyCosts = [.. hourlyCosts.OrderBy(c => c.ValidFrom)];
        Funding = [.. funding.Distinct().Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The funders on <paramref name="day"/>: those of the highest version whose event's day is on or before it; before
    /// the first known version, that version's (the oldest list known is the best guess for earlier activities).
    /// </summary>
    public IReadOnlyList<string> FundersOn(DateOnly day) =>
        (FundingHistory.Where(f => f.From <= day).MaxBy(f => f.Version) ?? FundingHistory.MinBy(f => f.Version))?.Funders ?? Funding;

    private void RecordFunding(int version, DateTimeOffset occurredAt, IEnumerable<string> funding)
    {
        if (FundingHistory.Any(f => f.Version == version && f.RecordedAt >= occurredAt)) return;
        FundingHistory = [.. FundingHistory.Where(f => f.Version != version)
            .Append(new FundingPeriod(version, ParisTime.DayOf(occurredAt), occurredAt, [.. funding.Distinct().Order(StringComparer.Ordinal)]))
            .OrderBy(f => f.Version)];
    }

    /// <summary>The cost of an hour on <paramref name="day"/>; null when no period covers it (never zero by default).</summary>
    public decimal? HourlyCostOn(DateOnly day) => HourlyCosts.FirstOrDefault(c => c.Covers(day))?.EurosPerHour;
}
