namespace Intensif.IntegrationEvents;

/// <summary>An activity of the fichier métier was published, valued in hours.</summary>
public sealed record CatalogueEntryPublished(
    Guid EventId, DateTimeOffset OccurredAt, string Code, string Label, string Category, decimal ForfaitHours) : IIntegrationEvent
{
    /// <summary>R.5411-15 family, 1 to 6 (null for an entry published before the field existed).</summary>
    public int? Family { get; init; }

    /// <summary>ACCOMPAGNEE or AUTONOME (BR-07).</summary>
    public string? Supervision { get; init; }
}
