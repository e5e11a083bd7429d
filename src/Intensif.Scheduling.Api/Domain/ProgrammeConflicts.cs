using Intensif.ServiceDefaults.Problems;

namespace Intensif.Scheduling.Api.Domain;

/// <summary>
/// Checked when an activity is added to a person's programme: the same session is never booked twice, and two
/// activities that still hold their slot never overlap (SR-04: one time slot counts once, so it is planned once).
/// </summary>
public static class ProgrammeConflicts
{
    public static void EnsureFits(IEnumerable<Assignment> programme, Guid? sessionId, DateTimeOffset start, DateTimeOffset end)
    {
        var holding = programme.Where(a => a.HoldsItsSlot).ToList();
        if (sessionId is not null && holding.Any(a => a.SessionId == sessionId))
            throw new RuleViolationException("already-booked", "This session is already in the person's programme.");
        if (holding.FirstOrDefault(a => a.Overlaps(start, end)) is { } clash)
            throw new RuleViolationException("programme-conflict",
                $"The person's programme already holds {clash.EntryCode} from {clash.PlannedStart:O} to {clash.PlannedEnd:O} (assignment {clash.Id}).");
    }
}
