using Intensif.ServiceDefaults.Problems;

namespace Intensif.Contracts.Api.Domain;

/// <summary>
/// When the platform proposes a breach file (SR-11, BR-26): the domain reference fixes no number, so these are PROP
/// and an organisme may only make them stricter, that is ask for more evidence before anything is proposed (a proposal
/// leads towards a sanction, which must stay proportionate and is never automatic, BR-30):
/// <list type="bullet">
/// <item><see cref="MissedInterviews"/> unjustified missed entretiens within <see cref="WindowDays"/> days (national 2 in 60);</item>
/// <item><see cref="WeeksFarBelowTarget"/> consecutive closed weeks below half their target with no motif légitime (national 3).</item>
/// </list>
/// </summary>
public sealed record BreachThresholds(int MissedInterviews, int WindowDays, int WeeksFarBelowTarget)
{
    public const int NationalMissedInterviews = 2;
    public const int NationalWindowDays = 60;
    public const int NationalWeeksFarBelowTarget = 3;
    /// <summary>Stricter values stay within these bounds, beyond which nothing would ever be proposed.</summary>
    public const int MaxMissedInterviews = 6;
    public const int MinWindowDays = 14;
    public const int MaxWeeksFarBelowTarget = 8;
    /// <summary>"Far below target": less than half the week's target hours realised (PROP).</summary>
    public const decimal FarBelowShare = 0.5m;

    public static readonly BreachThresholds National = new(NationalMissedInterviews, NationalWindowDays, NationalWeeksFarBelowTarget);

    /// <summary>BR-25: a local value may only ask for more evidence than the national one.</summary>
    public static BreachThresholds Tighten(int missedInterviews, int windowDays, int weeksFarBelowTarget)
    {
        if (missedInterviews is < NationalMissedInterviews or > MaxMissedInterviews)
            throw new RuleViolationException("policy-looser-than-national", $"A proposal needs between {NationalMissedInterviews} and {MaxMissedInterviews} unjustified missed entretiens.");
        if (windowDays is < MinWindowDays or > NationalWindowDays)
            throw new RuleViolationException("policy-looser-than-national", $"Missed entretiens are counted within {MinWindowDays} to {NationalWindowDays} days.");
        if (weeksFarBelowTarget is < NationalWeeksFarBelowTarget or > MaxWeeksFarBelowTarget)
            throw new RuleViolationException("policy-looser-than-national", $"A proposal needs between {NationalWeeksFarBelowTarget} and {MaxWeeksFarBelowTarget} consecutive weeks far below target.");
        return new(missedInterviews, windowDays, weeksFarBelowTarget);
    }

    /// <summary>
    /// BR-26 assiduité: the earliest <see cref="MissedInterviews"/> unexcused missed entretiens, not yet evidence of a
    /// file, that fall within <see cref="WindowDays"/> days; empty when the threshold is not crossed.
    /// </summary>
    public IReadOnlyList<BreachSignal> UnjustifiedMissedInterviews(IEnumerable<BreachSignal> signals)
    {
        var missed = signals.Where(s => s.Kind == EvidenceKind.INTERVIEW && s.Unexcused && s.BreachFileId is null).OrderBy(s => s.On).ToArray();
        for (var i = 0; i + MissedInterviews <= missed.Length; i++)
        {
            var run = missed[i..(i + MissedInterviews)];
            if (run[^1].On.DayNumber - run[0].On.DayNumber < WindowDays) return run;
        }
        return [];
    }

    /// <summary>
    /// BR-26 participation active: <see cref="WeeksFarBelowTarget"/> consecutive closed weeks, not yet evidence of a
    /// file, each below half its target with no motif légitime; any other closed week in between breaks the run.
    /// </summary>
    public IReadOnlyList<BreachSignal> ConsecutiveWeeksFarBelowTarget(IEnumerable<BreachSignal> signals)
    {
        var run = new List<BreachSignal>();
        foreach (var week in signals.Where(s => s.Kind == EvidenceKind.WEEKLY_PROGRAMME).OrderBy(s => s.On))
        {
            var counts = week.Unexcused && week.BreachFileId is null && week.TargetHours > 0 && week.RealisedHours < week.TargetHours * FarBelowShare;
            if (!counts) { run.Clear(); continue; }
            if (run.Count > 0 && week.On.DayNumber - run[^1].On.DayNumber != 7) run.Clear();
            run.Add(week);
            if (run.Count == WeeksFarBelowTarget) return run;
        }
        return [];
    }
}
