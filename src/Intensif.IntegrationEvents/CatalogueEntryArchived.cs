namespace Intensif.IntegrationEvents;

/// <summary>An activity left the fichier métier: it can no longer be programmed. OwnerOrganisation is null for national entries.</summary>
public sealed record CatalogueEntryArchived(
    Guid EventId, DateTimeOffset OccurredAt, string Code, int Version, string Scope, string? OwnerOrganisation) : IIntegrationEvent;
