using Intensif.ServiceDefaults.Problems;

namespace Intensif.Catalogue.Api.Domain;

/// <summary>An entry of the fichier métier: an activity that can go into a weekly programme, valued in hours.</summary>
public sealed class CatalogueEntry
{
    public Guid Id { get; private set; }
    /// <summary>Stable code, e.g. EMP-PMSMP-01.</summary>
    public string Code { get; private set; } = "";
    public string Label { get; private set; } = "";
    public string Category { get; private set; } = "";
    /// <summary>R.5411-15: the six families of actions (1° to 6°).</summary>
    public int Family { get; private set; }
    public ValuationMethod Valuation { get; private set; }
    /// <summary>Hours credited per occurrence (or the weekly cap for real time).</summary>
    public decimal ForfaitHours { get; private set; }
    public DateTimeOffset PublishedAt { get; private set; }
    public string PublishedBy { get; private set; } = "";

    private CatalogueEntry() { }

    public static CatalogueEntry Publish(string code, string label, string category, int family, ValuationMethod valuation,
        decimal forfaitHours, string publishedBy, DateTimeOffset now)
    {
        if (family is < 1 or > 6)
            throw new RuleViolationException("unknown-family", "R.5411-15 knows six families of actions, numbered 1 to 6.");
        if (forfaitHours <= 0 || forfaitHours > 35)
            throw new RuleViolationException("valuation-out-of-bounds", "An activity is valued between 0 and 35 hours.");
        return new CatalogueEntry
        {
            Id = Guid.CreateVersion7(now),
            Code = code.Trim().ToUpperInvariant(),
            Label = label.Trim(),
            Category = category.Trim(),
            Family = family,
            Valuation = valuation,
            ForfaitHours = forfaitHours,
            PublishedAt = now,
            PublishedBy = publishedBy,
        };
    }
}
