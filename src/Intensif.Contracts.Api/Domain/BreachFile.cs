using Intensif.ServiceDefaults.Problems;

namespace Intensif.Contracts.Api.Domain;

/// <summary>
/// A breach file (§3.16) and its procedure (SR-11): the platform only proposes it with its evidence; the person is
/// invited to present observations; for RSA the équipe pluridisciplinaire gives its opinion; the competent authority
/// decides, within the bounds of BR-27…BR-29; signing or updating the contract, or complying, lifts the sanction.
/// Nothing here is ever decided automatically (BR-30).
/// </summary>
public sealed class BreachFile
{
    public Guid Id { get; private set; }
    public Guid BeneficiaryId { get; private set; }
    public Guid? ContractId { get; private set; }
    public string OrganismeId { get; private set; } = "";
    public BenefitKind Benefit { get; private set; }
    public BreachType BreachType { get; private set; }
    public DateOnly DetectedOn { get; private set; }
    public IReadOnlyList<BreachEvidence> Evidence { get; private set; } = [];
    public BreachFileStatus Status { get; private set; }
    public DateTimeOffset ProposedAt { get; private set; }
    public string ProposedBy { get; private set; } = "";
    public DateOnly? ObservationsInvitedOn { get; private set; }
    public DateOnly? ObservationsReceivedOn { get; private set; }
    public bool? LegitimateReasonClaimed { get; private set; }
    public string? ObservationsSummary { get; private set; }
    public EpOpinion? EpOpinion { get; private set; }
    public DateOnly? EpOpinionOn { get; private set; }
    public DecisionAuthority? DecisionAuthority { get; private set; }
    public DateOnly? DecisionDate { get; private set; }
    public SanctionRank? Rank { get; private set; }
    public SanctionMeasure? Measure { get; private set; }
    public int? RatePercent { get; private set; }
    public int? DurationMonths { get; private set; }
    public bool HouseholdCapApplied { get; private set; }
    public DateOnly? SanctionEndsOn { get; private set; }
    public string? NoSanctionReason { get; private set; }
    /// <summary>Why the référent or a manager dismissed the proposal (see <see cref="Dismiss"/>).</summary>
    public string? DismissalReason { get; private set; }
    public DateOnly? LiftedOn { get; private set; }
    public LiftReason? LiftReason { get; private set; }
    /// <summary>BR-30: suspended sums are paid back when the sanction is lifted, suppressed sums are not.</summary>
    public bool? AmountsRepaid { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public string UpdatedBy { get; private set; } = "";
    /// <summary>Row version (PostgreSQL xmin) for optimistic concurrency.</summary>
    public uint RowVersion { get; private set; }

    private BreachFile() { }

    /// <summary>Who a proposal made from Scheduling's events is authored by (SR-11): no person decided it.</summary>
    public const string Platform = "platform";

    /// <summary>Files still under procedure: at most one proposal of the platform is open per contract.</summary>
    public static readonly BreachFileStatus[] Open = [BreachFileStatus.PROPOSED, BreachFileStatus.OBSERVATIONS_INVITED];

    /// <summary>A sanction decided and not yet ended or lifted.</summary>
    public bool IsRunning(DateOnly today) => Status == BreachFileStatus.SANCTIONED && SanctionEndsOn > today;

    /// <summary>A sanction whose decided end date has passed and that is still recorded as running: it ends by itself.</summary>
    public bool HasRunItsLength(DateOnly today) => Status == BreachFileStatus.SANCTIONED && SanctionEndsOn <= today;

    /// <summary>SR-11: the platform proposes a file; it needs evidence and a benefit the person actually receives.</summary>
    public static BreachFile Propose(Beneficiary person, Guid? contractId, BenefitKind benefit, BreachType type, DateOnly detectedOn,
        IReadOnlyList<BreachEvidence> evidence, DateOnly today, DateTimeOffset now, string by)
    {
        if (evidence.Count == 0)
            throw new RuleViolationException("evidence-required", "A breach file is proposed with its evidence (weekly programmes, interviews…).");
        if (!person.Receives(benefit))
            throw new RuleViolationException("benefit-not-received", $"The person's publics show no {benefit} to sanction.");
        if (detectedOn > today)
            throw new RuleViolationException("date-in-the-future", "A breach is detected in the past.");
        return new BreachFile
        {
            Id = Guid.CreateVersion7(now), BeneficiaryId = person.Id, ContractId = contractId, OrganismeId = person.OrganismeId,
            Benefit = benefit, BreachType = type, DetectedOn = detectedOn, Evidence = evidence, Status = BreachFileStatus.PROPOSED,
            ProposedAt = now, ProposedBy = by, UpdatedAt = now, UpdatedBy = by,
        };
    }

    /// <summary>
    /// SR-11/BR-30: a proposal is only a proposal; the référent or a manager may dismiss it, saying why (a motif
    /// légitime already known, wrong data…), before the person is invited to present observations.
    /// </summary>
    public void Dismiss(string reason, DateTimeOffset now, string by)
    {
        Require(Status == BreachFileStatus.PROPOSED, "Only a proposal not yet put to the person can be dismissed.");
        if (string.IsNullOrWhiteSpace(reason))
            throw new RuleViolationException("dismissal-reason-required", "Say why the proposal is dismissed.");
        DismissalReason = reason.Trim();
        Touch(BreachFileStatus.DISMISSED, now, by);
    }

    /// <summary>BR-30: before any decision the person is invited to present observations.</summary>
    public void InviteObservations(DateOnly sentOn, DateOnly today, DateTimeOffset now, string by)
    {
        Require(Status == BreachFileStatus.PROPOSED, "Observations are invited once, on a proposed file.");
        CheckDate(sentOn, DetectedOn, today, "The invitation follows the detection of the breach.");
        ObservationsInvitedOn = sentOn;
        Touch(BreachFileStatus.OBSERVATIONS_INVITED, now, by);
    }

    /// <summary>The person's observations, and whether they claim a motif légitime (BR-26).</summary>
    public void RecordObservations(DateOnly receivedOn, bool legitimateReasonClaimed, string? summary, DateOnly today, DateTimeOffset now, string by)
    {
        Require(Status == BreachFileStatus.OBSERVATIONS_INVITED, "Observations follow the invitation.");
        CheckDate(receivedOn, ObservationsInvitedOn!.Value, today, "Observations are received after the invitation.");
        ObservationsReceivedOn = receivedOn;
        LegitimateReasonClaimed = legitimateReasonClaimed;
        ObservationsSummary = string.IsNullOrWhiteSpace(summary) ? null : summary.Trim();
        Touch(Status, now, by);
    }

    /// <summary>BR-30: for RSA, the équipe pluridisciplinaire gives its opinion before the PCD decides.</summary>
    public void RecordEpOpinion(EpOpinion opinion, DateOnly on, DateOnly today, DateTimeOffset now, string by)
    {
        if (Benefit != BenefitKind.RSA)
            throw new RuleViolationException("ep-opinion-rsa-only", "The équipe pluridisciplinaire is consulted for RSA sanctions only.");
        Require(Status == BreachFileStatus.OBSERVATIONS_INVITED, "The opinion follows the observations step.");
        CheckDate(on, ObservationsInvitedOn!.Value, today, "The opinion follows the invitation to present observations.");
        EpOpinion = opinion;
        EpOpinionOn = on;
        Touch(Status, now, by);
    }

    /// <summary>
    /// Records the authority's sanction: observations invited, the EP's opinion for RSA, the right authority, and the
    /// bounds of BR-27…BR-29 (<see cref="SanctionBounds.Check"/>). The rank follows the person's earlier sanctions.
    /// </summary>
    public void Decide(SanctionDecision d, int earlierSanctions, RsaHousehold? household, DateOnly today, DateTimeOffset now, string by)
    {
        CheckDecisionStep(d.Authority, d.DecisionDate, today);
        var rank = earlierSanctions > 0 ? SanctionRank.REPEATED : SanctionRank.FIRST;
        HouseholdCapApplied = SanctionBounds.Check(new SanctionProposal(Benefit, rank, d.Measure, d.RatePercent, d.DurationMonths,
            household?.Size ?? 1, household?.SingleParentMajoration ?? false));
        DecisionAuthority = d.Authority;
        DecisionDate = d.DecisionDate;
        Rank = rank;
        Measure = d.Measure;
        RatePercent = d.RatePercent;
        DurationMonths = d.DurationMonths;
        SanctionEndsOn = d.DecisionDate.AddMonths(d.DurationMonths);
        Touch(BreachFileStatus.SANCTIONED, now, by);
    }

    /// <summary>The authority decides not to sanction (a motif légitime, BR-26, or otherwise).</summary>
    public void DecideNoSanction(DecisionAuthority authority, DateOnly decisionDate, string reason, DateOnly today, DateTimeOffset now, string by)
    {
        CheckDecisionStep(authority, decisionDate, today);
        DecisionAuthority = authority;
        DecisionDate = decisionDate;
        NoSanctionReason = reason.Trim();
        Touch(BreachFileStatus.NO_SANCTION, now, by);
    }

    /// <summary>
    /// BR-27/BR-28: the sanction ends when the contract is signed or updated, or the person complies. A radiation is not
    /// lifted this way (R.5412-1 3°). At its decided end date (ENDED) every measure ends, a radiation too, and nothing is
    /// repaid: the sanction ran its length.
    /// </summary>
    public void Lift(LiftReason reason, DateOnly on, DateOnly today, DateTimeOffset now, string by)
    {
        Require(Status == BreachFileStatus.SANCTIONED, "Only a decided sanction can be lifted.");
        if (Measure == SanctionMeasure.RADIATION && reason != Domain.LiftReason.ENDED)
            throw new RuleViolationException("radiation-not-liftable", "A radiation runs its length; it is not lifted by compliance.");
        CheckDate(on, DecisionDate!.Value, today, "A sanction is lifted after its decision.");
        LiftedOn = on;
        LiftReason = reason;
        AmountsRepaid = Measure == SanctionMeasure.SUSPENSION && reason != Domain.LiftReason.ENDED;
        Touch(BreachFileStatus.LIFTED, now, by);
    }

    private void CheckDecisionStep(DecisionAuthority authority, DateOnly decisionDate, DateOnly today)
    {
        if (Status == BreachFileStatus.PROPOSED)
            throw new RuleViolationException("observations-step-missing", "The person must first be invited to present observations (BR-30).");
        Require(Status == BreachFileStatus.OBSERVATIONS_INVITED, "This file is already decided.");
        if (Benefit == BenefitKind.RSA && EpOpinion is null)
            throw new RuleViolationException("ep-opinion-missing", "An RSA sanction needs the équipe pluridisciplinaire's opinion first (BR-30).");
        var expected = Benefit == BenefitKind.RSA ? Domain.DecisionAuthority.PCD : Domain.DecisionAuthority.FRANCE_TRAVAIL;
        if (authority != expected)
            throw new RuleViolationException("decision-authority-mismatch", $"A {Benefit} sanction is decided by {expected}.");
        CheckDate(decisionDate, EpOpinionOn ?? ObservationsInvitedOn!.Value, today, "The decision follows the observations step.");
    }

    private static void CheckDate(DateOnly date, DateOnly notBefore, DateOnly today, string message)
    {
        if (date > today) throw new RuleViolationException("date-in-the-future", "This step is recorded once it happened.");
        if (date < notBefore) throw new RuleViolationException("date-out-of-order", message);
    }

    private void Touch(BreachFileStatus status, DateTimeOffset now, string by)
    {
        Status = status;
        UpdatedAt = now;
        UpdatedBy = by;
    }

    private void Require(bool condition, string message)
    {
        if (!condition) throw new RuleViolationException("invalid-breach-file-transition", $"{message} (the file is {Status}).");
    }
}
