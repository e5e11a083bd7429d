namespace Intensif.IntegrationEvents;

/// <summary>
/// A new version of a person's diagnostic global. Barriers are <c>TYPE:LEVEL</c> codes (e.g. MOBILITE:FORT), never
/// their free text; the person is known by a pseudonymous id.
/// </summary>
public sealed record DiagnosticVersioned(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid DiagnosticId,
    string OrganismeId,
    string Territory,
    Guid PseudonymousBeneficiaryId,
    int Version,
    DateOnly DiagnosticDate,
    string[] Barriers,
    bool TriggersReorientation) : IIntegrationEvent;
