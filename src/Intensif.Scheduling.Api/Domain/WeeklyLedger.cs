namespace Intensif.Scheduling.Api.Domain;

/// <summary>
/// The hours of one person's ISO week (domain reference §3.11):
/// <list type="bullet">
/// <item>SR-03: realised hours are the valued hours of DONE assignments (the catalogue's forfait or capped real time),
/// compared with the week's target; the gap is what is missing, with its reason.</item>
/// <item>SR-04: two DONE assignments whose slots overlap are not both counted; the one worth more hours counts
/// (the earlier one on a tie), the other is listed as not counted.</item>
/// <item>SR-04 (PROP): a warning when the planned or realised week exceeds 35 h, a normal working week.</item>
/// <item>SR-05: accompanied share = accompanied realised hours / realised hours (none when nothing is realised).</item>
/// </list>
/// Planned hours are those of the programme (booked, confirmed, done or missed); proposals nobody booked and
/// activities the provider cancelled are not planned. Entretiens do not count toward the hours until LOCAL says so (Q4).
/// </summary>
public sealed class WeeklyLedger
{
    public const decimal NormalWorkingWeekHours = 35m;

    private WeeklyLedger() { }

    public decimal TargetHours { get; private init; }
    public decimal PlannedHours { get; private init; }
    public decimal RealisedHours { get; private init; }
    public decimal AccompaniedHours { get; private init; }
    public decimal AutonomousHours { get; private init; }
    /// <summary>SR-05; null when nothing is realised.</summary>
    public decimal? AccompaniedShare { get; private init; }
    public decimal GapHours { get; private init; }
    /// <summary>The reason the week's own assignments give for a gap; null when there is no gap or they give none.</summary>
    public GapReason? ObservedGapReason { get; private init; }
    /// <summary>DONE assignments left out because a more valuable one held the same time (SR-04).</summary>
    public IReadOnlyList<Guid> NotCountedOverlaps { get; private init; } = [];
    public bool AboveNormalWorkingWeek => PlannedHours > NormalWorkingWeekHours || RealisedHours > NormalWorkingWeekHours;

    public static WeeklyLedger Compute(decimal targetHours, IEnumerable<LedgerLine> lines)
    {
        var all = lines.ToList();
        var planned = all.Where(l => l.Status.HoldsPlannedHours()).Sum(l => l.PlannedHours);

        var counted = new List<LedgerLine>();
        var overlaps = new List<Guid>();
        foreach (var done in all.Where(l => l.Status == AssignmentStatus.DONE)
                     .OrderByDescending(l => l.RealisedHours ?? 0).ThenBy(l => l.Start).ThenBy(l => l.AssignmentId))
        {
            if (counted.Any(c => c.Start < done.End && done.Start < c.End)) overlaps.Add(done.AssignmentId);
            else counted.Add(done);
        }

        var realised = counted.Sum(l => l.RealisedHours ?? 0);
        var accompanied = counted.Where(l => l.Accompanied).Sum(l => l.RealisedHours ?? 0);
        var gap = Math.Max(0, targetHours - realised);
        return new WeeklyLedger
        {
            TargetHours = targetHours,
            PlannedHours = planned,
            RealisedHours = realised,
            AccompaniedHours = accompanied,
            AutonomousHours = realised - accompanied,
            AccompaniedShare = realised == 0 ? null : Math.Round(accompanied / realised, 4),
            GapHours = gap,
            ObservedGapReason = gap == 0 ? null : ObservedReason(all),
            NotCountedOverlaps = overlaps,
        };
    }

    /// <summary>The reason for the gap when the référent states none: provider cancellation, then justified, then unjustified absence.</summary>
    public GapReason ReasonForClosing(GapReason? stated) =>
        GapHours == 0 ? GapReason.NONE : (stated is { } reason && reason != GapReason.NONE ? reason : ObservedGapReason)
            ?? throw new ServiceDefaults.Problems.RuleViolationException("gap-reason-required",
                $"The week is {GapHours} h below its target and nothing in it explains why: state the gap reason.");

    private static GapReason? ObservedReason(List<LedgerLine> lines)
    {
        if (lines.Any(l => l.Status == AssignmentStatus.CANCELLED_BY_PROVIDER)) return GapReason.PROVIDER_CANCELLATION;
        if (lines.Any(l => l.Status == AssignmentStatus.ABSENT_JUSTIFIED)) return GapReason.JUSTIFIED_ABSENCE;
        if (lines.Any(l => l.Status == AssignmentStatus.ABSENT_UNJUSTIFIED)) return GapReason.UNJUSTIFIED_ABSENCE;
        return null;
    }
}
