using Intensif.Indicators.Api.Infrastructure;

namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// One person's closed ISO week (§3.11, SR-03): realised hours against the target, accompanied and autonomous. A week
/// closed again (a correction) replaces the earlier closure when it is newer, whatever the order of delivery.
/// </summary>
public sealed class ClosedWeek : IFeedsIndicators, IAddsToMonthlyTotals
{
    public Guid EpisodeId { get; private set; }
    public string IsoWeek { get; private set; } = "";
    public string OrganismeId { get; private set; } = "";
    public string Territory { get; private set; } = "";
    public Guid BeneficiaryId { get; private set; }
    public DateOnly WeekStart { get; private set; }
    public decimal TargetHours { get; private set; }
    public decimal RealisedHours { get; private set; }
    public decimal AccompaniedHours { get; private set; }
    public decimal AutonomousHours { get; private set; }
    public string GapReason { get; private set; } = "";
    public DateTimeOffset ClosedAt { get; private set; }

    private ClosedWeek() { }

    public static ClosedWeek Known(Guid episodeId, string isoWeek, string organismeId, string territory, Guid beneficiaryId) => new()
    {
        EpisodeId = episodeId, IsoWeek = isoWeek, OrganismeId = organismeId, Territory = territory, BeneficiaryId = beneficiaryId,
        ClosedAt = DateTimeOffset.MinValue,
    };

    public void ApplyClosed(DateOnly weekStart, decimal targetHours, decimal realisedHours, decimal accompaniedHours,
        decimal autonomousHours, string gapReason, DateTimeOffset closedAt)
    {
        if (closedAt < ClosedAt) return;
        (WeekStart, TargetHours, RealisedHours, AccompaniedHours, AutonomousHours, GapReason, ClosedAt) =
            (weekStart, targetHours, realisedHours, accompaniedHours, autonomousHours, gapReason, closedAt);
    }

    /// <summary>ISO rule of §5 I3: a week belongs to the month (or quarter) of its Thursday.</summary>
    public DateOnly Thursday => WeekStart.AddDays(3);

    public bool BelowTarget => RealisedHours < TargetHours;

    /// <summary>What the week adds to its episode's month (the month of its Thursday): once closed, one week and its hours.</summary>
    public IMonthlyTotal? MonthTotals() => WeekStart == default ? null
        : new WeekMonth(EpisodeId, OrganismeId, Territory, new DateOnly(Thursday.Year, Thursday.Month, 1), 1, BelowTarget ? 0 : 1, RealisedHours, AccompaniedHours);

    /// <summary>Figures it feeds: the periods holding a day of the week.</summary>
    public IEnumerable<FiguresTouched> FiguresFed() => WeekStart == default ? [] : [new(OrganismeId, Territory, WeekStart, WeekStart.AddDays(7))];
}
