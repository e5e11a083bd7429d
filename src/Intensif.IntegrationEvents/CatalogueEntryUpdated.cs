namespace Intensif.IntegrationEvents;

/// <summary>
/// A published activity of the fichier métier changed; carries its new valuation (method, forfait, caps) so a
/// consumer can refresh what it keeps. OwnerOrganisation is null for national entries.
/// </summary>
public sealed record CatalogueEntryUpdated(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string Code,
    int Version,
    string Scope,
    string? OwnerOrganisation,
    string Label,
    string Category,
    string? Supervision,
    string? ValuationMethod,
    decimal? ForfaitHours,
    decimal? MaxHoursPerWeek,
    int? MaxOccurrencesPerWeek,
    decimal? MaxTotalHours,
    bool CountsTowardWeeklyHours) : IIntegrationEvent
{
    /// <summary>R.5411-15 family, 1 to 6.</summary>
    public int? Family { get; init; }

    /// <summary>Hourly costs by validity period, for costing (empty when none is known).</summary>
    public IReadOnlyList<ActivityHourlyCost> HourlyCosts { get; init; } = [];

    /// <summary>Funders of the activity (financeurs, free codes of the catalogue; empty when none is known).</summary>
    public IReadOnlyList<string> Funding { get; init; } = [];
}
