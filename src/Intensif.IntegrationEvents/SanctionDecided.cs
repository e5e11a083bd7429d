namespace Intensif.IntegrationEvents;

/// <summary>
/// The competent authority (FRANCE_TRAVAIL / PCD) decided a sanction, recorded and checked against BR-27…BR-29:
/// rank, measure, rate, duration and end date, and whether the RSA household cap applied. No personal data beyond
/// the pseudonymous id.
/// </summary>
public sealed record SanctionDecided(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid BreachFileId,
    string OrganismeId,
    string Territory,
    Guid PseudonymousBeneficiaryId,
    string Benefit,
    string DecisionAuthority,
    DateOnly DecisionDate,
    string Rank,
    string Measure,
    int RatePercent,
    int DurationMonths,
    DateOnly EndsOn,
    bool HouseholdCapApplied) : IIntegrationEvent;
