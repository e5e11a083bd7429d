namespace Intensif.Catalogue.Api.Domain;

/// <summary>
/// Everything an author states about an entry (domain reference §3.9). A draft may leave the SR-13 fields empty;
/// publication requires them.
/// </summary>
public sealed record EntryDefinition
{
    public required string Label { get; init; }
    public string Description { get; init; } = "";
    public required string Category { get; init; }
    public Dimension? Dimension { get; init; }
    /// <summary>R.5411-15: the six families of actions (1° to 6°).</summary>
    public int? Family { get; init; }
    public DeliveryMode? Mode { get; init; }
    public Supervision? Supervision { get; init; }
    public DeliveryChannel? Channel { get; init; }
    public ValuationRule? Valuation { get; init; }
    public ProofType? ProofType { get; init; }
    public bool CountsTowardWeeklyHours { get; init; } = true;
    public Eligibility Eligibility { get; init; } = Eligibility.Everyone;
    /// <summary>Département codes; empty means everywhere.</summary>
    public IReadOnlyList<string> Territories { get; init; } = [];
    /// <summary>data·inclusion thématiques.</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];
    public string? ProviderType { get; init; }
    public Guid? PartnerStructureId { get; init; }
    public int? CapacityPerSession { get; init; }
    public IReadOnlyList<string> Accessibility { get; init; } = [];
    public IReadOnlyList<string> Funding { get; init; } = [];
    public string? LegalConstraints { get; init; }
    public DateOnly? ValidFrom { get; init; }
    public DateOnly? ValidTo { get; init; }
    public IReadOnlyList<HourlyCost> HourlyCosts { get; init; } = [];
}
