using Intensif.ServiceDefaults.Problems;

namespace Intensif.Contracts.Api.Domain;

/// <summary>
/// A follow-up check of an exit (§3.17 followUpChecks, FOLLOW_UP_3_MONTHS / 6 / 12) that found no job: the person
/// reached without employment, or not reached. It answers the check (no longer due) as an outcome of its source does,
/// and lets I4 tell "no employment found" from "not checked".
/// </summary>
public sealed class FollowUpCheckRecord
{
    /// <summary>PROP: a check may be made up to two weeks before its date (exit + 3, 6 or 12 months).</summary>
    public const int DaysEarly = 14;

    public Guid Id { get; private set; }
    public Guid ContractId { get; private set; }
    public Guid EpisodeId { get; private set; }
    public Guid BeneficiaryId { get; private set; }
    public string OrganismeId { get; private set; } = "";
    public EmploymentOutcomeSource Check { get; private set; }
    public DateOnly CheckedOn { get; private set; }
    public FollowUpCheckResult Result { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";

    private FollowUpCheckRecord() { }

    /// <summary>
    /// Field errors of a check made on <paramref name="checkedOn"/> of an exit on <paramref name="exitDate"/> (empty
    /// when they hold): a follow-up source (not EXIT nor REFERENT), a day not after today and not more than
    /// <see cref="DaysEarly"/> days before the check's date.
    /// </summary>
    public static Dictionary<string, string[]> Validate(EmploymentOutcomeSource check, DateOnly checkedOn, DateOnly exitDate, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        if (MonthsOf(check) is not { } months)
        {
            errors["check"] = ["FOLLOW_UP_3_MONTHS, FOLLOW_UP_6_MONTHS or FOLLOW_UP_12_MONTHS."];
            return errors;
        }
        var dueOn = exitDate.AddMonths(months);
        if (checkedOn > today) errors["checkedOn"] = ["A check is recorded once it is made, not ahead."];
        else if (checkedOn < dueOn.AddDays(-DaysEarly))
            errors["checkedOn"] = [$"The {check} check of this exit is on {dueOn:yyyy-MM-dd}; it may be made from {dueOn.AddDays(-DaysEarly):yyyy-MM-dd}."];
        return errors;
    }

    /// <summary>
    /// Records the check on an ended episode (call <see cref="Validate"/> first for the field errors). A check already
    /// answered, by an earlier record or by an employment outcome of its source, is 409 <c>follow-up-check-already-recorded</c>.
    /// </summary>
    public static FollowUpCheckRecord Record(IntensiveEpisode episode, EmploymentOutcomeSource check, DateOnly checkedOn, FollowUpCheckResult result,
        IEnumerable<EmploymentOutcomeSource> answered, DateTimeOffset now, string by)
    {
        if (episode.Status != EpisodeStatus.ENDED)
            throw new RuleViolationException("episode-not-ended", "Follow-up checks come after the exit of the intensive episode.");
        if (answered.Contains(check))
            throw new RuleViolationException("follow-up-check-already-recorded", $"The {check} check of this exit is already answered.");
        return new FollowUpCheckRecord
        {
            Id = Guid.CreateVersion7(now),
            ContractId = episode.ContractId,
            EpisodeId = episode.Id,
            BeneficiaryId = episode.BeneficiaryId,
            OrganismeId = episode.OrganismeId,
            Check = check,
            CheckedOn = checkedOn,
            Result = result,
            RecordedAt = now,
            RecordedBy = by,
        };
    }

    private static int? MonthsOf(EmploymentOutcomeSource check) =>
        FollowUpCheck.Schedule.Where(s => s.Source == check).Select(s => (int?)s.Months).FirstOrDefault();
}
