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

    /// <summary>The partner structure that proposed the entry; null for entries written by operators and managers.</summary>
    public Guid? ProposedBy { get; private set; }
    public ProposalStatus? ProposalStatus { get; private set; }
    /// <summary>Why a manager rejected the proposal (null otherwise).</summary>
    public string? RejectionReason { get; private set; }
    public string? ReviewedBy { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }

    /// <summary>A partner's proposal no organisme has taken on yet: it has no owner until a manager validates it.</summary>
    public bool IsOpenProposal => ProposedBy is not null && OwnerOrganisation is null;

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

    /// <summary>
    /// A partner proposes an activity it delivers: a local DRAFT with no owning organisme, whose provider is the
    /// partner's own structure, PENDING until a manager of one of its territories validates or rejects it.
    /// </summary>
    public static CatalogueEntry Propose(string code, EntryDefinition definition, Guid structure, string by, DateTimeOffset now)
    {
        var entry = Draft(code, definition with { PartnerStructureId = structure }, EntryScope.LOCAL, null, by, now);
        (entry.ProposedBy, entry.ProposalStatus) = (structure, Domain.ProposalStatus.PENDING);
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
        // a proposal's provider stays the proposing structure; revising a rejected proposal submits it again
        if (ProposedBy is { } structure) definition = definition with { PartnerStructureId = structure };
        if (ProposalStatus == Domain.ProposalStatus.REJECTED) (ProposalStatus, RejectionReason) = (Domain.ProposalStatus.PENDING, null);
        Apply(definition, by, now);
    }

    /// <summary>
    /// A manager validates a partner's proposal: it is published (SR-13 applies) and becomes a local entry of the
    /// manager's organisme, which coordinates the partner's action from then on (BR-08).
    /// </summary>
    public void Validate(string organisation, string by, DateTimeOffset now)
    {
        RequirePending();
        Publish(by, now);
        (OwnerOrganisation, ProposalStatus, ReviewedBy, ReviewedAt) = (organisation, Domain.ProposalStatus.VALIDATED, by, now);
    }

    /// <summary>A manager turns a proposal down with a reason the partner reads; it stays a draft the partner may revise.</summary>
    public void Reject(string reason, string by, DateTimeOffset now)
    {
        RequirePending();
        (ProposalStatus, RejectionReason, ReviewedBy, ReviewedAt) = (Domain.ProposalStatus.REJECTED, reason.Trim(), by, now);
        Touch(by, now);
    }

    private void RequirePending()
    {
        if (ProposedBy is null)
            throw new RuleViolationException("not-a-proposal", $"{Code} was not proposed by a partner: there is nothing to validate or reject.");
        if (Status != EntryStatus.DRAFT || ProposalStatus != Domain.ProposalStatus.PENDING)
            throw new RuleViolationException("proposal-not-pending",
                $"{Code} is {ProposalStatus} ({Status}): only a pending proposal is validated or rejected.");
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
