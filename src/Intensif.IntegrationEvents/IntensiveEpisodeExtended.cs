namespace Intensif.IntegrationEvents;

/// <summary>An intensive episode was extended by an amendment of its contract.</summary>
public sealed record IntensiveEpisodeExtended(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid EpisodeId,
    Guid ContractId,
    string OrganismeId,
    string Territory,
    Guid PseudonymousBeneficiaryId,
    DateOnly PreviousPlannedEndDate,
    DateOnly PlannedEndDate,
    int ExtensionCount) : IIntegrationEvent;
