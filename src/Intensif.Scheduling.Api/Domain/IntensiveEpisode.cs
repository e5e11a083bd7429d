namespace Intensif.Scheduling.Api.Domain;

/// <summary>
/// Scheduling's copy of an intensive episode, fed only by the Contracts events (IntensiveEpisodeStarted/Ended/Extended,
/// ReferentChanged, ContractAmended): who the person is (pseudonymous id), their référent, organisme, territory,
/// dates and weekly target. Events may arrive in any order: each part keeps the occurrence time of the event that set
/// it and ignores older ones.
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

    private IntensiveEpisode() { }

    public static IntensiveEpisode Known(Guid episodeId, Guid contractId, string organismeId, string territory, Guid beneficiaryId, DateOnly startDate) =>
        new()
        {
            EpisodeId = episodeId, ContractId = contractId, OrganismeId = organismeId, Territory = territory,
            BeneficiaryId = beneficiaryId, StartDate = startDate, PlannedEndDate = startDate,
        };

    public bool IsActiveOn(DateOnly day) => StartDate <= day && (EndedOn is null || day <= EndedOn) && ReferentId != "";

    public bool IsOpen => EndedOn is null;

    public void Start(DateOnly startDate, string referentId, DateOnly plannedEndDate, decimal targetWeeklyHours, DateTimeOffset occurredAt)
    {
        StartDate = startDate;
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
