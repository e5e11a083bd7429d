namespace Intensif.IntegrationEvents;

/// <summary>
/// An employment outcome of a person was recorded (§3.17 employmentDetails; at exit, at a 3/6/12-month follow-up check,
/// or whenever the référent learns of it): the contract kind (CDI, CDD, INTERIM, CREATION_ACTIVITE, CONTRAT_AIDE,
/// ALTERNANCE, IAE…), its start and length, for I4 (taux d'accès à l'emploi). <c>EpisodeId</c> is the intensive episode
/// it belongs to, when there is one. Pseudonymous ids only, never the employer's name.
/// </summary>
public sealed record EmploymentOutcomeRecorded(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid OutcomeId,
    string OrganismeId,
    string Territory,
    Guid PseudonymousBeneficiaryId,
    Guid ContractId,
    Guid? EpisodeId,
    string ContractKind,
    DateOnly StartDate,
    int? DurationMonths,
    decimal? WeeklyHours,
    bool Durable,
    string Source) : IIntegrationEvent;
