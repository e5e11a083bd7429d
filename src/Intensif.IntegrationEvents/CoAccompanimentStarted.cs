namespace Intensif.IntegrationEvents;

/// <summary>
/// A partner structure co-accompanies a person during their intensive episode, with a role (REMOBILISATION,
/// LEVEE_FREINS…) and a period. Pseudonymous id only, never the person's name or contact.
/// </summary>
public sealed record CoAccompanimentStarted(
    Guid EventId, DateTimeOffset OccurredAt, Guid CoAccompanimentId, Guid EpisodeId, Guid StructureId, string OrganismeId,
    Guid BeneficiaryId, string Role, DateOnly StartsOn, DateOnly EndsOn) : IIntegrationEvent;
