using Intensif.ServiceDefaults.Problems;

namespace Intensif.Catalogue.Api.Domain;

/// <summary>
/// A local forfait for a national entry, set by an organisme or for a territory, without touching the national
/// entry (an organisme's own value wins over its territory's, which wins over the national one).
/// </summary>
public sealed class LocalValuation
{
    public Guid Id { get; private set; }
    public string EntryCode { get; private set; } = "";
    public OverrideScope ScopeKind { get; private set; }
    /// <summary>The organisme id or the département code.</summary>
    public string ScopeValue { get; private set; } = "";
    public decimal? ForfaitHours { get; private set; }
    public decimal? MaxHoursPerWeek { get; private set; }
    public int? MaxOccurrencesPerWeek { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public string UpdatedBy { get; private set; } = "";

    private LocalValuation() { }

    public static LocalValuation For(CatalogueEntry entry, OverrideScope kind, string value, DateTimeOffset now) =>
        entry.Scope != EntryScope.NATIONAL
            ? throw new RuleViolationException("not-national", $"{entry.Code} is a local entry: change the entry itself.")
            : new LocalValuation { Id = Guid.CreateVersion7(now), EntryCode = entry.Code, ScopeKind = kind, ScopeValue = value };

    /// <summary>Sets the local values; the result must still be a coherent valuation of the entry's method.</summary>
    public ValuationRule Set(CatalogueEntry entry, decimal? forfaitHours, decimal? maxHoursPerWeek, int? maxOccurrencesPerWeek, string by, DateTimeOffset now)
    {
        var national = entry.Valuation ?? throw new RuleViolationException("no-valuation", $"{entry.Code} has no national valuation to adapt.");
        if (forfaitHours is not null && !national.IsForfait)
            throw new RuleViolationException("no-forfait", $"{entry.Code} is valued in capped real time: only its caps can be adapted.");
        (ForfaitHours, MaxHoursPerWeek, MaxOccurrencesPerWeek) = (forfaitHours, maxHoursPerWeek, maxOccurrencesPerWeek);
        (UpdatedAt, UpdatedBy) = (now, by);
        return Apply(national);
    }

    public ValuationRule Apply(ValuationRule national) => national.WithLocal(ForfaitHours, MaxHoursPerWeek, MaxOccurrencesPerWeek);
}
