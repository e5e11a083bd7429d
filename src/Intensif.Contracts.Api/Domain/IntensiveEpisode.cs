using Intensif.ServiceDefaults.Problems;

namespace Intensif.Contracts.Api.Domain;

/// <summary>
/// A time-limited phase of accompagnement intensif within a contract (BR-13, BR-18, BR-22): a start, a mandatory
/// planned end within the local policy's bounds, extensions as amendments, and an exit.
/// </summary>
public sealed class IntensiveEpisode
{
    public Guid Id { get; private set; }
    public Guid ContractId { get; private set; }
    public Guid BeneficiaryId { get; private set; }
    public string OrganismeId { get; private set; } = "";
    /// <summary>The référent whose portfolio counts this episode while it is active.</summary>
    public string ReferentId { get; private set; } = "";
    public EpisodeStatus Status { get; private set; }
    public DateOnly StartDate { get; private set; }
    public DateOnly PlannedEndDate { get; private set; }
    public int ExtensionCount { get; private set; }
    public DateOnly? EndedOn { get; private set; }
    public ExitType? ExitType { get; private set; }
    public IReadOnlyList<BarrierRating> BarriersAtExit { get; private set; } = [];
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    private IntensiveEpisode() { }

    /// <summary>
    /// SR-06: the planned end is mandatory and the duration within the local bounds; SR-01: the référent's portfolio
    /// has room (<paramref name="referentActiveIntensive"/> read under the portfolio lock). Starting activates a
    /// signed contract.
    /// </summary>
    public static IntensiveEpisode Start(
        Contract contract, DateOnly startDate, DateOnly plannedEndDate, bool contractHasActiveEpisode, int referentActiveIntensive,
        LocalPolicy policy, DateTimeOffset now)
    {
        if (contract.Status is not (ContractStatus.SIGNED or ContractStatus.ACTIVE))
            throw new RuleViolationException("contract-not-in-force", $"An intensive episode starts on a signed or active contract (this one is {contract.Status}).");
        if (contractHasActiveEpisode)
            throw new RuleViolationException("intensive-episode-active", "This contract already has an intensive episode in progress; extend it instead.");
        if (startDate < contract.SignedOn)
            throw new RuleViolationException("date-before-signature", "An intensive episode cannot start before the contract is signed.");
        CheckDuration(startDate, plannedEndDate, policy);
        Portfolio.Assign(referentActiveIntensive, policy);
        return new IntensiveEpisode
        {
            Id = Guid.CreateVersion7(now),
            ContractId = contract.Id,
            BeneficiaryId = contract.BeneficiaryId,
            OrganismeId = contract.OrganismeId,
            ReferentId = contract.ReferentId,
            Status = EpisodeStatus.ACTIVE,
            StartDate = startDate,
            PlannedEndDate = plannedEndDate,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>SR-06: an extension moves the planned end later, the whole episode staying within the maximum duration.</summary>
    public void Extend(DateOnly newPlannedEndDate, LocalPolicy policy, DateTimeOffset now)
    {
        RequireActive();
        if (newPlannedEndDate <= PlannedEndDate)
            throw new RuleViolationException("extension-not-later", $"An extension moves the planned end after {PlannedEndDate:yyyy-MM-dd}.");
        CheckDuration(StartDate, newPlannedEndDate, policy);
        PlannedEndDate = newPlannedEndDate;
        ExtensionCount++;
        UpdatedAt = now;
    }

    /// <summary>§3.17: the episode ends with an exit reason and the barriers still present; BR-22: back to droit commun.</summary>
    public void End(DateOnly on, ExitType exitType, IReadOnlyList<BarrierRating> barriersAtExit, DateTimeOffset now)
    {
        RequireActive();
        if (on < StartDate) throw new RuleViolationException("exit-before-start", "An episode cannot end before it started.");
        if (on > DateOnly.FromDateTime(now.UtcDateTime)) throw new RuleViolationException("date-in-the-future", "An exit is recorded once it happened.");
        if (barriersAtExit.Select(b => b.Type).Distinct().Count() != barriersAtExit.Count)
            throw new RuleViolationException("duplicate-barrier", "Each barrier type is rated once at exit.");
        Status = EpisodeStatus.ENDED;
        EndedOn = on;
        ExitType = exitType;
        BarriersAtExit = barriersAtExit.ToArray();
        UpdatedAt = now;
    }

    /// <summary>SR-10: the episode follows the person to the receiving référent's portfolio, whose cap is checked.</summary>
    public void HandOver(string toReferentId, int receivingActiveIntensive, LocalPolicy policy, DateTimeOffset now)
    {
        RequireActive();
        Portfolio.Assign(receivingActiveIntensive, policy);
        ReferentId = toReferentId;
        UpdatedAt = now;
    }

    /// <summary>SR-06: an alert is due 30 days before the planned end, to decide extension, exit or droit commun.</summary>
    public bool EndAlertDue(DateOnly today) => Status == EpisodeStatus.ACTIVE && today >= PlannedEndDate.AddDays(-30);

    private static void CheckDuration(DateOnly start, DateOnly plannedEnd, LocalPolicy policy)
    {
        if (plannedEnd < start.AddMonths(policy.IntensiveDurationMinMonths) || plannedEnd > start.AddMonths(policy.IntensiveDurationMaxMonths))
            throw new RuleViolationException("intensive-duration-out-of-bounds",
                $"An intensive episode lasts between {policy.IntensiveDurationMinMonths} and {policy.IntensiveDurationMaxMonths} months here: plan its end between {start.AddMonths(policy.IntensiveDurationMinMonths):yyyy-MM-dd} and {start.AddMonths(policy.IntensiveDurationMaxMonths):yyyy-MM-dd}.");
    }

    private void RequireActive()
    {
        if (Status != EpisodeStatus.ACTIVE) throw new RuleViolationException("intensive-episode-ended", "This intensive episode has already ended.");
    }
}
