namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// The hourly costs, funders and R.5411-15 family of a catalogue entry (costing, O4), from CatalogueEntryPublished and
/// CatalogueEntryUpdated. The newest state wins: higher version, then later event; an older one arriving late changes nothing.
/// </summary>
public sealed class ActivityCost
{
    public string EntryCode { get; private set; } = "";
    public int Version { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public List<HourlyCostPeriod> HourlyCosts { get; private set; } = [];
    public string[] Funding { get; private set; } = [];
    /// <summary>R.5411-15 family of the entry (1 to 6; O4 counts family 1°, professional placements); null when not known.</summary>
    public int? Family { get; private set; }

    private ActivityCost() { }

    public static ActivityCost Known(string entryCode) => new() { EntryCode = entryCode, Version = -1, UpdatedAt = DateTimeOffset.MinValue };

    public void Apply(int version, DateTimeOffset occurredAt, IEnumerable<HourlyCostPeriod> hourlyCosts, IEnumerable<string> funding, int? family = null)
    {
        if (version < Version || (version == Version && occurredAt <= UpdatedAt)) return;
        (Version, UpdatedAt, Family) = (version, occurredAt, family);
        HourlyCosts = [.. hourlyCosts.OrderBy(c => c.ValidFrom)];
        Funding = [.. funding.Distinct().Order(StringComparer.Ordinal)];
    }

    /// <summary>The cost of an hour on <paramref name="day"/>; null when no period covers it (never zero by default).</summary>
    public decimal? HourlyCostOn(DateOnly day) => HourlyCosts.FirstOrDefault(c => c.Covers(day))?.EurosPerHour;
}
