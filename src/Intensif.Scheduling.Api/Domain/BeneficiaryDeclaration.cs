using Intensif.ServiceDefaults.Problems;

namespace Intensif.Scheduling.Api.Domain;

/// <summary>
/// The person's own declaration of an autonomous activity they did (domain reference §2.2: the person "declares
/// autonomous hours", the référent "validates"), made through their personal access link with a proof. It counts for
/// nothing until the référent validates it: validation puts a DONE autonomous assignment in the programme, valued by
/// the catalogue within the entry's caps (<c>declaredBy: BENEFICIARY</c>); a rejection says why.
/// </summary>
public sealed class BeneficiaryDeclaration
{
    public Guid Id { get; private set; }
    public string OrganismeId { get; private set; } = "";
    public Guid BeneficiaryId { get; private set; }
    public Guid EpisodeId { get; private set; }
    /// <summary>The personal access link it came through.</summary>
    public Guid AccessLinkId { get; private set; }
    public string EntryCode { get; private set; } = "";
    public DateTimeOffset Start { get; private set; }
    public DateTimeOffset End { get; private set; }
    /// <summary>The ISO week (Europe/Paris) of <see cref="Start"/>.</summary>
    public string Week { get; private set; } = "";
    public string ProofReference { get; private set; } = "";
    public string? Comment { get; private set; }
    public DeclarationStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? RejectionReason { get; private set; }
    /// <summary>The DONE assignment its validation put in the programme.</summary>
    public Guid? AssignmentId { get; private set; }

    private BeneficiaryDeclaration() { }

    /// <summary>
    /// A declaration of something done: it ends after it starts, has ended by <paramref name="now"/>, falls on a day of
    /// an open intensive episode (<paramref name="episode"/>, null when none) and in a week not yet closed.
    /// </summary>
    public static BeneficiaryDeclaration Declare(IntensiveEpisode? episode, bool weekClosed, Guid accessLinkId, string entryCode,
        DateTimeOffset start, DateTimeOffset end, string proofReference, string? comment, DateTimeOffset now)
    {
        if (end <= start) throw new RuleViolationException("ends-before-start", "An activity ends after it starts.");
        if (string.IsNullOrWhiteSpace(proofReference))
            throw new RuleViolationException("proof-required", "A declaration of an autonomous activity comes with a proof (a reference to it).");
        if (end > now) throw new RuleViolationException("declaration-in-the-future", "Only an activity already done is declared.");
        if (episode is null || !episode.IsOpen)
            throw new RuleViolationException("not-in-intensive-episode", "You were not in an open intensive episode on that day.");
        var week = IsoWeek.Of(start);
        if (weekClosed) throw new RuleViolationException("week-closed", $"Week {week} is closed; ask your référent.");
        return new BeneficiaryDeclaration
        {
            Id = Guid.CreateVersion7(now), OrganismeId = episode.OrganismeId, BeneficiaryId = episode.BeneficiaryId, EpisodeId = episode.EpisodeId,
            AccessLinkId = accessLinkId, EntryCode = entryCode.Trim().ToUpperInvariant(), Start = start.ToUniversalTime(), End = end.ToUniversalTime(),
            Week = week.ToString(), ProofReference = proofReference.Trim(), Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
            Status = DeclarationStatus.PENDING, CreatedAt = Instants.Microseconds(now),
        };
    }

    /// <summary>The référent validated it: <paramref name="assignmentId"/> is the DONE assignment now in the programme.</summary>
    public void Validate(Guid assignmentId, string referentId, DateTimeOffset now)
    {
        EnsurePending();
        (Status, AssignmentId, DecidedBy, DecidedAt) = (DeclarationStatus.VALIDATED, assignmentId, referentId, Instants.Microseconds(now));
    }

    public void Reject(string reason, string referentId, DateTimeOffset now)
    {
        EnsurePending();
        (Status, RejectionReason, DecidedBy, DecidedAt) = (DeclarationStatus.REJECTED, reason.Trim(), referentId, Instants.Microseconds(now));
    }

    /// <summary>Validation and rejection are final.</summary>
    public void EnsurePending()
    {
        if (Status != DeclarationStatus.PENDING)
            throw new RuleViolationException("declaration-already-decided", $"This declaration is already {Status}.");
    }
}
