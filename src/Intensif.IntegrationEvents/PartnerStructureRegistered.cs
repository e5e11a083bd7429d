namespace Intensif.IntegrationEvents;

/// <summary>A partner structure (porteur d'action) joined the network of a territory.</summary>
public sealed record PartnerStructureRegistered(
    Guid EventId, DateTimeOffset OccurredAt, Guid StructureId, string Name, string Type, IReadOnlyList<string> Territories) : IIntegrationEvent
{
    /// <summary>The structure's SIRET (public: it identifies an establishment, not a person), for open data.</summary>
    public string? Siret { get; init; }
}
