using Intensif.ServiceDefaults.Problems;

namespace Intensif.Catalogue.Api.Domain;

/// <summary>An entry of the fichier métier: an activity that can go into a weekly programme, valued in hours.</summary>
public sealed class CatalogueEntry
{
    public Guid Id { get; private set; }
    /// <summary>Stable code, e.g. IMM-PMSMP-01.</summary>
    public string Code { get; private set; } = "";
    public EntryScope Scope { get; private set; }
    /// <summary>The organisme that owns a local entry; null for national entries.</summary>
    public string? OwnerOrganisation { get; private set; }
    public EntryStatus Status { get; private set; }
    /// <summary>Incremented by every change: the version history and the optimistic concurrency token.</summary>
    public int Version { get; private set; }

    public string Label { get; private set; } = "";
    public string Description { get; private set; } = "";
    public string Category { get; private set; } = "";
    public Dimension? Dimension { get; private set; }
    public int? Family { get; private set; }
    public DeliveryMode? Mode { get; private set; }
    public Supervision? Supervision { get; private set; }
    public DeliveryChannel? Channel { get; private set; }
    public ValuationMethod? ValuationMethod { get; private set; }
    public decimal? ForfaitHours { get; private set; }
    public decimal? MaxHoursPerWeek { get; private set; }
    public int? MaxOccurrencesPerWeek { get; private set; }
    public decimal? MaxTotalHours { get; private set; }
    public ProofType? ProofType { get; private set; }
    public bool CountsTowardWeeklyHours { get; private set; }
    public Eligibility Eligibility { get; private set; } = Eligibility.Everyone;
    public string[] Territories { get; private set; } = [];
    public string[] Themes { get; private set; } = [];
    public string? ProviderType { get; private set; }
    public Guid? PartnerStructureId { get; private set; }
    public int? CapacityPerSession { get; private set; }
    public string[] Accessibility { get; private set; } = [];
    public string[] Funding { get; private set; } = [];
    public string? LegalConstraints { get; private set; }
    public DateOnly? ValidFrom { get; private set; }
    public DateOnly? ValidTo { get; private set; }
    public List<HourlyCost> HourlyCosts { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }
    public string UpdatedBy { get; private set; } = "";
    public DateTimeOffset? PublishedAt { get; private set; }

    public ValuationRule? Valuation =>
        ValuationMethod is { } method ? new ValuationRule(method, ForfaitHours, MaxHoursPerWeek, MaxOccurrencesPerWeek, MaxTotalHours) : null;

    private CatalogueEntry() { }

    public static CatalogueEntry Draft(string code, EntryDefinition definition, EntryScope scope, string? owner, string by, DateTimeOffset now)
    {
        var entry = new CatalogueEntry
        {
            Id = Guid.CreateVersion7(now),
            Code = code.Trim().ToUpperInvariant(),
            Scope = scope,
            OwnerOrganisation = scope == EntryScope.LOCAL ? owner : null,
            Status = EntryStatus.DRAFT,
            CreatedAt = now,
            CreatedBy = by,
        };
        entry.Apply(definition, by, now);
        return entry;
    }

    /// <summary>An entry of the national seed: published as its first version (SR-13 still applies).</summary>
    public static CatalogueEntry SeedNational(string code, EntryDefinition definition, string by, DateTimeOffset now)
    {
        RequirePublishable(definition);
        var entry = Draft(code, definition, EntryScope.NATIONAL, null, by, now);
        (entry.Status, entry.PublishedAt) = (EntryStatus.PUBLISHED, now);
        return entry;
    }

    /// <summary>Replaces what the author states; a published entry must still satisfy SR-13.</summary>
    public void Revise(EntryDefinition definition, string by, DateTimeOffset now)
    {
        if (Status == EntryStatus.ARCHIVED)
            throw new RuleViolationException("entry-archived", $"{Code} is archived: create a new entry instead.");
        if (Status == EntryStatus.PUBLISHED) RequirePublishable(definition);
        Apply(definition, by, now);
    }

    /// <summary>SR-13: family, dimension, supervision, valuation and proof type before publication.</summary>
    public void Publish(string by, DateTimeOffset now)
    {
        if (Status != EntryStatus.DRAFT)
            throw new RuleViolationException("entry-not-draft", $"{Code} is {Status}: only a draft can be published.");
        RequirePublishable(ToDefinition());
        Status = EntryStatus.PUBLISHED;
        PublishedAt = now;
        Touch(by, now);
    }

    public void Archive(string by, DateTimeOffset now)
    {
        if (Status == EntryStatus.ARCHIVED)
            throw new RuleViolationException("entry-archived", $"{Code} is already archived.");
        Status = EntryStatus.ARCHIVED;
        Touch(by, now);
    }

    public EntryDefinition ToDefinition() => new()
    {
        Label = Label, Description = Description, Category = Category, Dimension = Dimension, Family = Family, Mode = Mode,
        Supervision = Supervision, Channel = Channel, Valuation = Valuation, ProofType = ProofType,
        CountsTowardWeeklyHours = CountsTowardWeeklyHours, Eligibility = Eligibility, Territories = Territories, Themes = Themes,
        ProviderType = ProviderType, PartnerStructureId = PartnerStructureId, CapacityPerSession = CapacityPerSession,
        Accessibility = Accessibility, Funding = Funding, LegalConstraints = LegalConstraints, ValidFrom = ValidFrom,
        ValidTo = ValidTo, HourlyCosts = HourlyCosts,
    };

    /// <summary>The hourly cost in force on a day, if one is known.</summary>
    public decimal? HourlyCostOn(DateOnly day) => HourlyCosts.FirstOrDefault(c => c.Covers(day))?.EurosPerHour;

    private static void RequirePublishable(EntryDefinition definition)
    {
        var missing = EntryRules.MissingForPublication(definition);
        if (missing.Count > 0)
            throw new RuleViolationException("publication-incomplete",
                $"SR-13: an entry needs its R.5411-15 family, dimension, supervision, valuation and proof type before publication; missing: {string.Join(", ", missing)}.");
    }

    private void Apply(EntryDefinition d, string by, DateTimeOffset now)
    {
        Label = d.Label.Trim();
        Description = d.Description.Trim();
        Category = d.Category.Trim();
        (Dimension, Family, Mode, Supervision, Channel, ProofType) = (d.Dimension, d.Family, d.Mode, d.Supervision, d.Channel, d.ProofType);
        ValuationMethod = d.Valuation?.Method;
        ForfaitHours = d.Valuation?.ForfaitHours;
        MaxHoursPerWeek = d.Valuation?.MaxHoursPerWeek;
        MaxOccurrencesPerWeek = d.Valuation?.MaxOccurrencesPerWeek;
        MaxTotalHours = d.Valuation?.MaxTotalHours;
        CountsTowardWeeklyHours = d.CountsTowardWeeklyHours;
        Eligibility = d.Eligibility;
        Territories = [.. d.Territories.Distinct()];
        Themes = [.. d.Themes.Distinct()];
        (ProviderType, PartnerStructureId, CapacityPerSession) = (d.ProviderType, d.PartnerStructureId, d.CapacityPerSession);
        Accessibility = [.. d.Accessibility.Distinct()];
        Funding = [.. d.Funding.Distinct()];
        (LegalConstraints, ValidFrom, ValidTo) = (d.LegalConstraints, d.ValidFrom, d.ValidTo);
        HourlyCosts = [.. d.HourlyCosts.OrderBy(c => c.ValidFrom)];
        Touch(by, now);
    }

    private void Touch(string by, DateTimeOffset now)
    {
        Version++;
        UpdatedAt = now;
        UpdatedBy = by;
    }
}
