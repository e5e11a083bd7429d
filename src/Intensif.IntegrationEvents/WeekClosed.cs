namespace Intensif.IntegrationEvents;

/// <summary>
/// A référent closed one person's ISO week (Europe/Paris, <c>IsoWeek</c> like 2026-W48, starting on <c>WeekStart</c>):
/// the frozen hours ledger (SR-03), realised against target, accompanied and autonomous hours (SR-05), and the
/// reason for any gap (NONE, ILLNESS, JUSTIFIED_ABSENCE, PROVIDER_CANCELLATION, UNJUSTIFIED_ABSENCE, OTHER).
/// Indicators' intensity (I3) reads it. Pseudonymous ids only.
/// </summary>
public sealed record WeekClosed(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid BeneficiaryId,
    Guid EpisodeId,
    string OrganismeId,
    string Territory,
    string IsoWeek,
    DateOnly WeekStart,
    decimal TargetHours,
    decimal PlannedHours,
    decimal RealisedHours,
    decimal AccompaniedHours,
    decimal AutonomousHours,
    decimal GapHours,
    string GapReason) : IIntegrationEvent;
