namespace Intensif.IntegrationEvents;

/// <summary>An activity of the fichier métier was published, valued in hours.</summary>
public sealed record CatalogueEntryPublished(
    Guid EventId, DateTimeOffset OccurredAt, string Code, string Label, string Category, decimal ForfaitHours) : IIntegrationEvent
{
    /// <summary>R.5411-15 family, 1 to 6 (null for an entry published before the field existed).</summary>
    public int? Family { get; init; }

    /// <summary>ACCOMPAGNEE or AUTONOME (BR-07).</summary>
    public string? Supervision { get; init; }

    /// <summary>The entry's version at publication (null for an event published before the field existed).</summary>
    public int? Version { get; init; }

    /// <summary>Hourly costs by validity period, for costing (empty when none is known).</summary>
    public IReadOnlyList<ActivityHourlyCost> HourlyCosts { get; init; } = [];

    /// <summary>Funders of the activity (financeurs, free codes of the catalogue; empty when none is known).</summary>
    public IReadOnlyList<string> Funding { get; init; } = [];
}
