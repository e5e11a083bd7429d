using System.ComponentModel.DataAnnotations;
using Intensif.Catalogue.Api.Domain;

namespace Intensif.Catalogue.Api.Apis;

/// <summary>
/// An entry as its author states it (domain reference §3.9). A draft may leave family, dimension, supervision,
/// valuation and proof type empty; publication requires them (SR-13).
/// </summary>
public sealed record EntryRequest
{
    /// <summary>Required on creation, ignored on revision (the code never changes).</summary>
    [RegularExpression("^[A-Za-z0-9-]{3,32}$", ErrorMessage = "A code of 3 to 32 letters, digits and dashes, e.g. IMM-PMSMP-01.")]
    public string? Code { get; init; }
    [Required, StringLength(200, MinimumLength = 3)] public string? Label { get; init; }
    [StringLength(4000)] public string? Description { get; init; }
    [Required, StringLength(64, MinimumLength = 2)] public string? Category { get; init; }
    public Dimension? Dimension { get; init; }
    /// <summary>R.5411-15 family, 1 to 6.</summary>
    [Range(1, 6)] public int? Family { get; init; }
    public DeliveryMode? Mode { get; init; }
    public Supervision? Supervision { get; init; }
    public DeliveryChannel? Channel { get; init; }
    public ValuationDto? Valuation { get; init; }
    public ProofType? ProofType { get; init; }
    /// <summary>Default true.</summary>
    public bool? CountsTowardWeeklyHours { get; init; }
    public Eligibility? Eligibility { get; init; }
    /// <summary>Département codes; empty for everywhere.</summary>
    [MaxLength(120)] public string[]? Territories { get; init; }
    /// <summary>data·inclusion thématiques, e.g. mobilite--preparer-un-permis.</summary>
    [MaxLength(30)] public string[]? Themes { get; init; }
    [StringLength(128)] public string? ProviderType { get; init; }
    public Guid? PartnerStructureId { get; init; }
    public int? CapacityPerSession { get; init; }
    /// <summary>e.g. PMR, GARDE_ENFANTS, FALC.</summary>
    [MaxLength(10)] public string[]? Accessibility { get; init; }
    /// <summary>e.g. GRATUIT, CD, FT, REGION, FSE+.</summary>
    [MaxLength(10)] public string[]? Funding { get; init; }
    [StringLength(1000)] public string? LegalConstraints { get; init; }
    public DateOnly? ValidFrom { get; init; }
    public DateOnly? ValidTo { get; init; }
    [MaxLength(50)] public HourlyCostDto[]? HourlyCosts { get; init; }

    public EntryDefinition ToDefinition() => new()
    {
        Label = Label!, Description = Description ?? "", Category = Category!, Dimension = Dimension, Family = Family, Mode = Mode,
        Supervision = Supervision, Channel = Channel, Valuation = Valuation?.ToRule(), ProofType = ProofType,
        CountsTowardWeeklyHours = CountsTowardWeeklyHours ?? true, Eligibility = Eligibility ?? Domain.Eligibility.Everyone,
        Territories = Clean(Territories, upper: true), Themes = Clean(Themes), ProviderType = ProviderType?.Trim(),
        PartnerStructureId = PartnerStructureId, CapacityPerSession = CapacityPerSession,
        Accessibility = Clean(Accessibility, upper: true), Funding = Clean(Funding, upper: true),
        LegalConstraints = LegalConstraints?.Trim(), ValidFrom = ValidFrom, ValidTo = ValidTo,
        HourlyCosts = HourlyCosts?.Select(c => c.ToCost()).ToArray() ?? [],
    };

    private static string[] Clean(string[]? values, bool upper = false) =>
        values?.Select(v => upper ? v.Trim().ToUpperInvariant() : v.Trim()).Where(v => v.Length > 0).ToArray() ?? [];
}
