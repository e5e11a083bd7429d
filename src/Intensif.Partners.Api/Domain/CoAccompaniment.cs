using Intensif.ServiceDefaults.Problems;

namespace Intensif.Partners.Api.Domain;

/// <summary>
/// A partner structure attached to a person's intensive episode with a role and a period (O2R and others, BR-08,
/// BR-33). The référent's organisme starts it and ends it; the partner sees it, and nothing else of the episode.
/// </summary>
public sealed class CoAccompaniment
{
    /// <summary>An O2R parcours lasts at most 12 months (BR-33).</summary>
    public const int O2RMaxMonths = 12;

    public Guid Id { get; private set; }
    public Guid EpisodeId { get; private set; }
    public Guid StructureId { get; private set; }
    public string OrganismeId { get; private set; } = "";
    public string ReferentId { get; private set; } = "";
    public string ReferentName { get; private set; } = "";
    public Guid BeneficiaryId { get; private set; }
    public string PersonName { get; private set; } = "";
    public string? PersonContact { get; private set; }
    public string Role { get; private set; } = "";
    public string? Objective { get; private set; }
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public DateTimeOffset ConsentRecordedAt { get; private set; }
    public CoAccompanimentStatus Status { get; private set; }
    public DateOnly? EndedOn { get; private set; }
    public string? EndReason { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    private CoAccompaniment() { }

    public static CoAccompaniment Start(IntensiveEpisode episode, PartnerStructure structure, string referentId, string referentName,
        CoAccompanimentPlan plan, DateTimeOffset now)
    {
        if (!plan.ConsentGiven)
            throw new RuleViolationException("consent-required", "The person's consent to share these data with the structure must be recorded.");
        if (!structure.DataSharingAgreementSigned)
            throw new RuleViolationException("data-sharing-agreement-missing", "The structure has not signed the data-sharing agreement; no personal data can be sent to it.");
        if (!episode.IsOpen)
            throw new RuleViolationException("episode-ended", "The intensive episode has ended; a partner can no longer join it.");
        if (!CoAccompanimentRoles.IsKnown(plan.Role))
            throw new RuleViolationException("unknown-role", $"'{plan.Role}' is not a co-accompaniment role.");
        if (plan.EndsOn < plan.StartsOn)
            throw new RuleViolationException("period-ends-before-start", "A co-accompaniment ends on or after the day it starts.");
        if (plan.StartsOn < episode.StartDate || plan.EndsOn > episode.PlannedEndDate)
            throw new RuleViolationException("period-outside-episode",
                $"The period must lie within the intensive episode ({episode.StartDate:yyyy-MM-dd} to {episode.PlannedEndDate:yyyy-MM-dd}).");
        if (structure.Type == "O2R" && plan.EndsOn > plan.StartsOn.AddMonths(O2RMaxMonths))
            throw new RuleViolationException("o2r-period-too-long", $"An O2R parcours lasts at most {O2RMaxMonths} months (BR-33).");
        return new CoAccompaniment
        {
            Id = Guid.CreateVersion7(now),
            EpisodeId = episode.EpisodeId,
            StructureId = structure.Id,
            OrganismeId = episode.OrganismeId,
            ReferentId = referentId,
            ReferentName = referentName,
            BeneficiaryId = episode.BeneficiaryId,
            PersonName = plan.PersonName.Trim(),
            PersonContact = plan.PersonContact,
            Role = plan.Role,
            Objective = plan.Objective,
            StartsOn = plan.StartsOn,
            EndsOn = plan.EndsOn,
            ConsentRecordedAt = now,
            Status = CoAccompanimentStatus.ACTIVE,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>The organisme ends it on <paramref name="endedOn"/>, today or earlier (before StartsOn: it never took place).</summary>
    public void End(DateOnly endedOn, string reason, DateOnly today, DateTimeOffset now)
    {
        if (Status == CoAccompanimentStatus.ENDED)
            throw new RuleViolationException("co-accompaniment-ended", $"The co-accompaniment already ended on {EndedOn:yyyy-MM-dd}.");
        if (endedOn > today)
            throw new RuleViolationException("end-in-future", "A co-accompaniment is ended on or before today.");
        Close(endedOn, reason, now);
    }

    /// <summary>The intensive episode ended: the partner's part ends with it.</summary>
    public void EndWithEpisode(DateOnly episodeEndedOn, DateTimeOffset now)
    {
        if (Status == CoAccompanimentStatus.ENDED) return;
        Close(episodeEndedOn, CoAccompanimentEndReasons.EpisodeEnded, now);
    }

    private void Close(DateOnly endedOn, string reason, DateTimeOffset now)
    {
        Status = CoAccompanimentStatus.ENDED;
        EndedOn = endedOn;
        EndReason = reason;
        UpdatedAt = now;
    }
}
