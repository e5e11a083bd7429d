namespace Intensif.IntegrationEvents;

/// <summary>
/// A partner structure's funding conventions as they now stand (the whole list, which replaces the previous one),
/// published when the structure is registered and each time its profile is replaced. The newest by OccurredAt wins.
/// </summary>
public sealed record PartnerConventionsSet(
    Guid EventId, DateTimeOffset OccurredAt, Guid StructureId, IReadOnlyList<PartnerConventionTerm> Conventions) : IIntegrationEvent;
