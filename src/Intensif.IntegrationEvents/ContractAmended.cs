namespace Intensif.IntegrationEvents;

/// <summary>
/// A contrat d'engagement got a new version (avenant): new terms, intensive episode started or extended, or a new
/// référent. <c>Change</c> is the code of what changed (AMENDED, INTENSIVE_STARTED, INTENSIVE_EXTENDED, REFERENT_CHANGED…).
/// </summary>
public sealed record ContractAmended(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ContractId,
    string OrganismeId,
    string Territory,
    Guid PseudonymousBeneficiaryId,
    int Version,
    string Change,
    string Status,
    string WeeklyDurationRegime,
    decimal TargetWeeklyHours) : IIntegrationEvent;
