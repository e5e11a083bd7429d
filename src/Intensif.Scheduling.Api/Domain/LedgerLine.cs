namespace Intensif.Scheduling.Api.Domain;

/// <summary>One assignment as the ledger sees it.</summary>
public sealed record LedgerLine(
    Guid AssignmentId, AssignmentStatus Status, DateTimeOffset Start, DateTimeOffset End, decimal PlannedHours, decimal? RealisedHours, bool Accompanied)
{
    public static LedgerLine From(Assignment a) =>
        new(a.Id, a.Status, a.PlannedStart, a.PlannedEnd, a.PlannedHours, a.RealisedHours, a.IsAccompanied);
}
