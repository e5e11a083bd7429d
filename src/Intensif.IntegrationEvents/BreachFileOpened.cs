namespace Intensif.IntegrationEvents;

/// <summary>
/// The platform proposed a breach file (SR-11): nothing is decided yet. Codes only (benefit RSA / ALLOCATION_CHOMAGE,
/// breach type of BR-26), never the evidence's text; the person is known by a pseudonymous id.
/// </summary>
public sealed record BreachFileOpened(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid BreachFileId,
    string OrganismeId,
    string Territory,
    Guid PseudonymousBeneficiaryId,
    string Benefit,
    string BreachType,
    DateOnly DetectedOn,
    int EvidenceCount) : IIntegrationEvent;
