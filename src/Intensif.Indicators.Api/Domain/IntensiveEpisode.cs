using Intensif.Indicators.Api.Infrastructure;

namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// One intensive episode as the indicators know it, pseudonymous, built from its Started, Extended and Ended events.
/// Every Apply method commutes with the others, so events arriving in any order (an Ended before its Started)
/// leave the same projection.
/// </summary>
public sealed class IntensiveEpisode : IFeedsIndicators
{
    public Guid EpisodeId { get; private set; }
    public Guid ContractId { get; private set; }
    public string OrganismeId { get; private set; } = "";
    public string Territory { get; private set; } = "";
    public Guid PseudonymousBeneficiaryId { get; private set; }
    public DateOnly? StartDate { get; private set; }
    public DateOnly? InitialPlannedEndDate { get; private set; }
    public DateOnly? PlannedEndDate { get; private set; }
    public int ExtensionCount { get; private set; }
    public DateOnly? EndedOn { get; private set; }
    public string? ExitType { get; private set; }
    /// <summary>The référent named when the episode started; later passations are <see cref="ReferentChange"/>s.</summary>
    public string? ReferentId { get; private set; }
    /// <summary>Barriers still present at exit, as "TYPE:LEVEL" codes (kept for I6, persistance des freins).</summary>
    public List<string> BarriersAtExit { get; private set; } = [];
    /// <summary>EMPLOI, SOCIO_PRO or SOCIAL at the start (parcours breakdown); null until the Started event says it.</summary>
    public string? Parcours { get; private set; }
    /// <summary>Public types of the person at the start (public breakdown; a person may have several).</summary>
    public List<string> Publics { get; private set; } = [];
    /// <summary>Age band at the start ("&lt;26", "26-44", "45-54", "55+"; never the birth date).</summary>
    public string? AgeBand { get; private set; }
    /// <summary>Sex of the person at the start ("F" or "M"; sex breakdown); null when not recorded.</summary>
    public string? Sex { get; private set; }
    /// <summary>Whether the person lived in a QPV at the start (qpv breakdown); null when not recorded.</summary>
    public bool? Qpv { get; private set; }
    /// <summary>SR-07: the organisme's own deadline in weeks for a professional situation (O4), from Started; null when not said.</summary>
    public int? EarlyWorkSituationDeadlineWeeks { get; private set; }
    /// <summary>
    /// The latest day a follow-up check after the exit reached the person and found no employment (NO_EMPLOYMENT);
    /// null when no such check is recorded (I4's follow-up coverage tells "no employment found" from "not checked").
    /// </summary>
    public DateOnly? NoEmploymentCheckedOn { get; private set; }

    private IntensiveEpisode() { }

    public static IntensiveEpisode Known(Guid episodeId, Guid contractId, string organismeId, string territory, Guid pseudonymousBeneficiaryId) => new()
    {
        EpisodeId = episodeId,
        ContractId = contractId,
        OrganismeId = organismeId,
        Territory = territory,
        PseudonymousBeneficiaryId = pseudonymousBeneficiaryId,
    };

    public void ApplyStarted(DateOnly startDate, DateOnly plannedEndDate, string? referentId = null)
    {
        StartDate = startDate;
        ReferentId = referentId ?? ReferentId;
        InitialPlannedEndDate = plannedEndDate;
        if (ExtensionCount == 0) PlannedEndDate = plannedEndDate;
    }

    /// <summary>Who the person was at the start (Started only; the other events do not carry it, so nothing overwrites it).</summary>
    public void ApplyProfile(string? parcours, IEnumerable<string> publics, string? ageBand, string? sex = null, bool? qpv = null,
        int? earlyWorkSituationDeadlineWeeks = null)
    {
        Parcours = parcours;
        Publics = [.. publics.Distinct().Order(StringComparer.Ordinal)];
        AgeBand = ageBand;
        Sex = sex;
        Qpv = qpv;
        EarlyWorkSituationDeadlineWeeks = earlyWorkSituationDeadlineWeeks;
    }

    /// <summary>
    /// A follow-up check after the exit: one that found no employment keeps the latest such day (a maximum, so checks
    /// arriving in any order, or twice, leave the same row); one that did not reach the person changes nothing.
    /// </summary>
    public void ApplyFollowUpCheck(string result, DateOnly checkedOn)
    {
        if (result != NoEmploymentFound) return;
        if (NoEmploymentCheckedOn is not { } known || checkedOn > known) NoEmploymentCheckedOn = checkedOn;
    }

    /// <summary>The result of a follow-up check that reached the person without a job (Contracts' FollowUpCheckResult).</summary>
    public const string NoEmploymentFound = "NO_EMPLOYMENT";

    public void ApplyExtended(DateOnly previousPlannedEndDate, DateOnly plannedEndDate, int extensionCount)
    {
        // the first extension starts from the planned end the episode started with
        if (extensionCount == 1) InitialPlannedEndDate = previousPlannedEndDate;
        if (extensionCount <= ExtensionCount) return;   // an older extension arriving late changes nothing
        ExtensionCount = extensionCount;
        PlannedEndDate = plannedEndDate;
    }

    public void ApplyEnded(DateOnly startDate, DateOnly endedOn, string exitType, IReadOnlyList<string>? barriersAtExit = null)
    {
        StartDate = startDate;
        EndedOn = endedOn;
        ExitType = exitType;
        BarriersAtExit = [.. barriersAtExit ?? []];
    }

    /// <summary>Counted only once its start is known (an Extended alone says nothing about when it began).</summary>
    public bool IsKnownToHaveStarted => StartDate is not null;

    public bool StartedIn(ReportingPeriod period) => StartDate is { } s && period.Contains(s);

    public bool EndedIn(ReportingPeriod period) => StartDate is not null && EndedOn is { } e && period.Contains(e);

    /// <summary>Days of <paramref name="period"/> in accompaniment, from the start day to the end day, both included.</summary>
    public int ActiveDaysIn(ReportingPeriod period)
    {
        if (StartDate is not { } s) return 0;
        var first = s > period.FirstDay ? s : period.FirstDay;
        var last = EndedOn is { } e && e < period.LastDay ? e : period.LastDay;
        return Math.Max(0, last.DayNumber - first.DayNumber + 1);
    }

    /// <summary>In progress at the end of <paramref name="day"/>: started on or before it, not ended on or before it.</summary>
    public bool InProgressAt(DateOnly day) => StartDate is { } s && s <= day && (EndedOn is not { } e || e > day);

    /// <summary>exitDate − startDate in days (§5 I2); null while the episode is open.</summary>
    public int? DurationDays => StartDate is { } s && EndedOn is { } e ? e.DayNumber - s.DayNumber : null;

    /// <summary>Figures it feeds: from its start to its end, or to today while open.</summary>
    public IEnumerable<FiguresTouched> FiguresFed() => StartDate is { } start ? [new(OrganismeId, Territory, start, EndedOn)] : [];
}
