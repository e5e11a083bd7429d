using Intensif.ServiceDefaults.Problems;

namespace Intensif.Scheduling.Api.Domain;

/// <summary>
/// Scheduling's copy of an intensive episode, fed only by the Contracts events (IntensiveEpisodeStarted/Ended/Extended,
/// ReferentChanged, ContractAmended): who the person is (pseudonymous id), their référent, organisme, territory,
/// dates and weekly target, their parcours and the SR-07 deadline of the organisme's policy. Events may arrive in any
/// order: each part keeps the occurrence time of the event that set it and ignores older ones. The référent's
/// work-first justification (SR-07, SOCIAL parcours only) is the one thing recorded here rather than received.
/// </summary>
public sealed class IntensiveEpisode
{
    public Guid EpisodeId { get; private set; }
    public Guid ContractId { get; private set; }
    public string OrganismeId { get; private set; } = "";
    public string Territory { get; private set; } = "";
    public Guid BeneficiaryId { get; private set; }
    /// <summary>Empty until the start or a passation is known.</summary>
    public string ReferentId { get; private set; } = "";
    public DateOnly StartDate { get; private set; }
    public DateOnly PlannedEndDate { get; private set; }
    public DateOnly? EndedOn { get; private set; }
    public decimal TargetWeeklyHours { get; private set; }
    public DateTimeOffset ReferentSetAt { get; private set; }
    public DateTimeOffset PlannedEndSetAt { get; private set; }
    public DateTimeOffset TargetSetAt { get; private set; }
    /// <summary>EMPLOI, SOCIO_PRO or SOCIAL at the start; null when the event did not say.</summary>
    public string? Parcours { get; private set; }
    /// <summary>SR-07 (LOCAL): weeks from the start within which a professional situation is planned; null when the policy sets none.</summary>
    public int? EarlyWorkSituationDeadlineWeeks { get; private set; }
    /// <summary>SR-07: why a SOCIAL parcours starts without a professional situation, as the référent recorded it.</summary>
    public string? WorkFirstJustification { get; private set; }
    public string? WorkFirstJustifiedBy { get; private set; }
    public DateTimeOffset? WorkFirstJustifiedAt { get; private set; }

    private IntensiveEpisode() { }

    public static IntensiveEpisode Known(Guid episodeId, Guid contractId, string organismeId, string territory, Guid beneficiaryId, DateOnly startDate) =>
        new()
        {
            EpisodeId = episodeId, ContractId = contractId, OrganismeId = organismeId, Territory = territory,
            BeneficiaryId = beneficiaryId, StartDate = startDate, PlannedEndDate = startDate,
        };

    public bool IsActiveOn(DateOnly day) => StartDate <= day && (EndedOn is null || day <= EndedOn) && ReferentId != "";

    public bool IsOpen => EndedOn is null;

    public void Start(DateOnly startDate, string referentId, DateOnly plannedEndDate, decimal targetWeeklyHours, DateTimeOffset occurredAt,
        string? parcours = null, int? earlyWorkSituationDeadlineWeeks = null)
    {
        StartDate = startDate;
        Parcours = parcours;
        EarlyWorkSituationDeadlineWeeks = earlyWorkSituationDeadlineWeeks;
        SetReferent(referentId, occurredAt);
        SetPlannedEnd(plannedEndDate, occurredAt);
        SetTarget(targetWeeklyHours, occurredAt);
    }

    public void SetReferent(string referentId, DateTimeOffset occurredAt)
    {
        if (occurredAt < ReferentSetAt) return;
        ReferentId = referentId;
        ReferentSetAt = occurredAt;
    }

    public void SetPlannedEnd(DateOnly plannedEndDate, DateTimeOffset occurredAt)
    {
        if (occurredAt < PlannedEndSetAt) return;
        PlannedEndDate = plannedEndDate;
        PlannedEndSetAt = occurredAt;
    }

    public void SetTarget(decimal targetWeeklyHours, DateTimeOffset occurredAt)
    {
        if (occurredAt < TargetSetAt) return;
        TargetWeeklyHours = targetWeeklyHours;
        TargetSetAt = occurredAt;
    }

    /// <summary>
    /// SR-07: the last day on which a professional situation may start (start + the deadline's weeks, exclusive), or null
    /// when the policy sets no deadline.
    /// </summary>
    public DateOnly? EarlyWorkSituationDueBy => EarlyWorkSituationDeadlineWeeks is { } weeks ? StartDate.AddDays(7 * weeks - 1) : null;

    public bool IsSocialParcours => Parcours == SocialParcours;

    public const string SocialParcours = "SOCIAL";

    /// <summary>
    /// SR-07: on a SOCIAL parcours the référent may record why no professional situation comes early; it lifts the
    /// alert. Recording again replaces the reason.
    /// </summary>
    public void JustifyWorkFirst(string reason, string referentId, DateTimeOffset now)
    {
        if (!IsSocialParcours)
            throw new RuleViolationException("justification-only-for-social-parcours",
                $"Only a SOCIAL parcours may go without an early professional situation; this one is {Parcours ?? "unknown"}.");
        WorkFirstJustification = reason;
        WorkFirstJustifiedBy = referentId;
        WorkFirstJustifiedAt = now;
    }

    /// <summary>An exit is final.</summary>
    public void End(DateOnly endedOn) => EndedOn = endedOn;

    /// <summary>Days of <paramref name="month"/> inside the episode (SR-02 pro-rating), up to its planned or actual end.</summary>
    public int ActiveDaysIn(CalendarMonth month)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var from = StartDate > first ? StartDate : first;
        var end = EndedOn ?? PlannedEndDate;
        var to = end < last ? end : last;
        return to < from ? 0 : to.DayNumber - from.DayNumber + 1;
    }
}
