namespace Intensif.IntegrationEvents;

/// <summary>
/// An accompagnement intensif started for a person: Scheduling plans the weekly programme against the target hours
/// and the référent's interviews; Indicators counts prevalence and duration.
/// </summary>
public sealed record IntensiveEpisodeStarted(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid EpisodeId,
    Guid ContractId,
    string OrganismeId,
    string Territory,
    Guid PseudonymousBeneficiaryId,
    string ReferentId,
    DateOnly StartDate,
    DateOnly PlannedEndDate,
    decimal TargetWeeklyHours) : IIntegrationEvent;
