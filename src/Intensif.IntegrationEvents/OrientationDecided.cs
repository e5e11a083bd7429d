namespace Intensif.IntegrationEvents;

/// <summary>
/// An orientation (or réorientation) was decided for a person (§3.2): the parcours and the organisme référent, the
/// notification date that starts the one-month contract clock (BR-09) and, for RSA, the request date that starts the
/// six-week orientation clock (BR-10). Indicators computes O2 and O3 and the parcours breakdowns. Pseudonymous ids only.
/// </summary>
public sealed record OrientationDecided(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid OrientationId,
    string OrganismeId,
    string Territory,
    Guid PseudonymousBeneficiaryId,
    string DecidedBy,
    string Parcours,
    DateOnly DecisionDate,
    DateOnly NotificationDate,
    bool IsReorientation,
    DateOnly? RsaRequestDate) : IIntegrationEvent;
