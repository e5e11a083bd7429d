namespace Intensif.Scheduling.Api.Domain;

/// <summary>A closed week of one person: its ledger frozen as it was when the référent closed it (SR-03).</summary>
public sealed class WeekClosure
{
    public Guid Id { get; private set; }
    public Guid BeneficiaryId { get; private set; }
    public string Week { get; private set; } = "";
    public Guid EpisodeId { get; private set; }
    public string OrganismeId { get; private set; } = "";
    public string Territory { get; private set; } = "";
    public decimal TargetHours { get; private set; }
    public decimal PlannedHours { get; private set; }
    public decimal RealisedHours { get; private set; }
    public decimal AccompaniedHours { get; private set; }
    public decimal AutonomousHours { get; private set; }
    public decimal GapHours { get; private set; }
    public GapReason GapReason { get; private set; }
    public string? Comment { get; private set; }
    public string ClosedBy { get; private set; } = "";
    public DateTimeOffset ClosedAt { get; private set; }

    private WeekClosure() { }

    /// <summary>Closes a week that has begun; the gap needs a reason (stated, or given by the week's assignments).</summary>
    public static WeekClosure Close(IntensiveEpisode episode, IsoWeek week, WeeklyLedger ledger, GapReason? statedReason, string? comment,
        string closedBy, DateTimeOffset now)
    {
        if (week.Start > now)
            throw new ServiceDefaults.Problems.RuleViolationException("week-not-started", $"Week {week} has not begun; it cannot be closed yet.");
        return new WeekClosure
        {
            Id = Guid.CreateVersion7(now),
            BeneficiaryId = episode.BeneficiaryId,
            Week = week.ToString(),
            EpisodeId = episode.EpisodeId,
            OrganismeId = episode.OrganismeId,
            Territory = episode.Territory,
            TargetHours = ledger.TargetHours,
            PlannedHours = ledger.PlannedHours,
            RealisedHours = ledger.RealisedHours,
            AccompaniedHours = ledger.AccompaniedHours,
            AutonomousHours = ledger.AutonomousHours,
            GapHours = ledger.GapHours,
            GapReason = ledger.ReasonForClosing(statedReason),
            Comment = comment,
            ClosedBy = closedBy,
            ClosedAt = Instants.Microseconds(now),
        };
    }
}
