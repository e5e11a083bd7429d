namespace Intensif.IntegrationEvents;

/// <summary>
/// A contract's plan d'action got a new version. Carries hours, catalogue codes, objective tables and statuses
/// (<c>DIMENSION:STATUS</c>) and warning codes: what Scheduling and Indicators need, no free text, a pseudonymous id.
/// </summary>
public sealed record PlanVersioned(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ContractId,
    string OrganismeId,
    string Territory,
    Guid PseudonymousBeneficiaryId,
    int Version,
    decimal TargetWeeklyHours,
    decimal PlannedWeeklyHours,
    decimal AccompaniedWeeklyHours,
    string[] CatalogueCodes,
    string[] Objectives,
    string[] Warnings) : IIntegrationEvent;
