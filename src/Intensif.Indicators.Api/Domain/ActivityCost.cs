namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// The hourly costs and funders of a catalogue entry (issue 7 §3, costing), from CatalogueEntryPublished and
/// CatalogueEntryUpdated. The newest state wins: higher version, then later event; an older one arriving late changes nothing.
/// </summary>
public sealed class ActivityCost
{
    public string EntryCode { get; private set; } = "";
    public int Version { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public List<HourlyCostPeriod> HourlyCosts { get; private set; } = [];
    public string[] Funding { get; private set; } = [];

    private ActivityCost() { }

    public static ActivityCost Known(string entryCode) => new() { EntryCode = entryCode, Version = -1, UpdatedAt = DateTimeOffset.MinValue };

    public void Apply(int version, DateTimeOffset occurredAt, IEnumerable<HourlyCostPeriod> hourlyCosts, IEnumerable<string> funding)
    {
        if (version < Version || (version == Version && occurredAt <= UpdatedAt)) return;
        (Version, UpdatedAt) = (version, occurredAt);
        HourlyCosts = [.. hourlyCosts.OrderBy(c => c.ValidFrom)];
        Funding = [.. funding.Distinct().Order(StringComparer.Ordinal)];
    }

    /// <summary>The cost of an hour on <paramref name="day"/>; null when no period covers it (never zero by default).</summary>
    public decimal? HourlyCostOn(DateOnly day) => HourlyCosts.FirstOrDefault(c => c.Covers(day))?.EurosPerHour;
}
