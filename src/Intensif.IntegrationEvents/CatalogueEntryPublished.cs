namespace Intensif.IntegrationEvents;

/// <summary>An activity of the fichier métier was published, valued in hours.</summary>
public sealed record CatalogueEntryPublished(
    Guid EventId, DateTimeOffset OccurredAt, string Code, string Label, string Category, decimal ForfaitHours) : IIntegrationEvent;
