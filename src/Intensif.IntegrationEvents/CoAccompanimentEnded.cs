namespace Intensif.IntegrationEvents;

/// <summary>
/// A co-accompaniment ended: the référent's organisme ended it (with a reason), or the intensive episode ended
/// (Reason EPISODE_ENDED).
/// </summary>
public sealed record CoAccompanimentEnded(
    Guid EventId, DateTimeOffset OccurredAt, Guid CoAccompanimentId, Guid EpisodeId, Guid StructureId, string OrganismeId,
    Guid BeneficiaryId, string Role, DateOnly StartsOn, DateOnly EndedOn, string Reason) : IIntegrationEvent;
