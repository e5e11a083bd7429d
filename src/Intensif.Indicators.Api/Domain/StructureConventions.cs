namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// A partner structure's funding conventions as its newest <c>PartnerConventionsSet</c> gave them (the whole list
/// replaces the previous one; an older event arriving late changes nothing). Costing per convention reads them.
/// </summary>
public sealed class StructureConventions
{
    public Guid StructureId { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public List<ConventionTerm> Conventions { get; private set; } = [];

    private StructureConventions() { }

    public static StructureConventions Known(Guid structureId) => new() { StructureId = structureId, UpdatedAt = DateTimeOffset.MinValue };

    public void Apply(IEnumerable<ConventionTerm> conventions, DateTimeOffset occurredAt)
    {
        if (occurredAt <= UpdatedAt) return;
        (Conventions, UpdatedAt) = ([.. conventions.OrderBy(c => c.From).ThenBy(c => c.Funder, StringComparer.Ordinal)], occurredAt);
    }

    /// <summary>The funders of the conventions in force on <paramref name="day"/> (none: outside every convention).</summary>
    public IReadOnlyList<string> FundersOn(DateOnly day) =>
        [.. Conventions.Where(c => c.Covers(day)).Select(c => c.Funder).Distinct().Order(StringComparer.Ordinal)];

}
