namespace Intensif.IntegrationEvents;

/// <summary>A sanction ended early: contract signed or updated, or compliance recorded (BR-27, BR-28); suspended sums are repaid.</summary>
public sealed record SanctionLifted(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid BreachFileId,
    string OrganismeId,
    string Territory,
    Guid PseudonymousBeneficiaryId,
    DateOnly LiftedOn,
    string Reason,
    bool AmountsRepaid) : IIntegrationEvent;
