namespace Intensif.Scheduling.Api.Apis;

/// <summary>
/// One person's ISO week: its assignments and its hours ledger. <c>status</c> OPEN (computed now) or CLOSED (the
/// figures frozen at closing). <c>warnings</c>: <c>above-35-hours</c> (SR-04). <c>notCountedOverlaps</c>: DONE
/// assignments left out because another one held the same time (SR-04).
/// </summary>
public sealed record WeekProgrammeResponse(
    Guid BeneficiaryId, string Week, DateTimeOffset Start, DateTimeOffset End, string Status,
    decimal TargetHours, decimal PlannedHours, decimal RealisedHours, decimal AccompaniedHours, decimal AutonomousHours,
    decimal? AccompaniedShare, decimal GapHours, string? GapReason, string? Comment, DateTimeOffset? ClosedAt,
    IReadOnlyList<string> Warnings, IReadOnlyList<Guid> NotCountedOverlaps, IReadOnlyList<AssignmentResponse> Assignments);
