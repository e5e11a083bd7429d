using Intensif.ServiceDefaults.Problems;

namespace Intensif.Contracts.Api.Domain;

/// <summary>
/// The contrat d'engagement (L.5411-6): DRAFT → SIGNED → ACTIVE ⇄ SUSPENDED_SANCTION → CLOSED. Every change
/// increments <see cref="Revision"/> and returns the <see cref="ContractVersion"/> that records it.
/// </summary>
public sealed class Contract
{
    public Guid Id { get; private set; }
    public Guid BeneficiaryId { get; private set; }
    public string OrganismeId { get; private set; } = "";
    /// <summary>The référent unique named by the organisme.</summary>
    public string ReferentId { get; private set; } = "";
    public ContractStatus Status { get; private set; }
    public DateOnly? SignedOn { get; private set; }
    /// <summary>When the person acknowledged (signed) the contract.</summary>
    public DateOnly? BeneficiaryAcknowledgedOn { get; private set; }
    public DateOnly? ActivatedOn { get; private set; }
    public DateOnly? ClosedOn { get; private set; }
    public ExitType? ClosureReason { get; private set; }
    public WeeklyDurationRegime Regime { get; private set; }
    public decimal TargetWeeklyHours { get; private set; }
    public string? DurationJustification { get; private set; }
    public bool RequestedByBeneficiary { get; private set; }
    public string? OrganismeCommitments { get; private set; }
    public string? BeneficiaryCommitments { get; private set; }
    /// <summary>The number of the current version (1 for the first).</summary>
    public int Revision { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }
    /// <summary>Row version (PostgreSQL xmin) for optimistic concurrency.</summary>
    public uint Version { get; private set; }

    public static readonly ContractStatus[] InForce = [ContractStatus.SIGNED, ContractStatus.ACTIVE, ContractStatus.SUSPENDED_SANCTION];

    public bool IsInForce => InForce.Contains(Status);

    private Contract() { }

    /// <summary>A contract being drawn up with the person; nothing is binding yet.</summary>
    public static (Contract Contract, ContractVersion Version) Draft(Beneficiary beneficiary, string by, ContractTerms terms, DateTimeOffset now)
    {
        var contract = New(beneficiary, ContractStatus.DRAFT, terms, now, by);
        return (contract, ContractVersion.Of(contract, ContractChange.DRAFTED, null, now, by));
    }

    /// <summary>
    /// Signs the contract of a person followed by the organisme in one step. One person has one contract in force at
    /// a time: a new one replaces it through an amendment, not a second signature.
    /// </summary>
    public static Contract Sign(Beneficiary beneficiary, string referentId, DateOnly signedOn, bool hasContractInForce, DateTimeOffset now) =>
        Sign(beneficiary, referentId, signedOn, hasContractInForce, ContractTerms.Default(LocalPolicy.National), now).Contract;

    public static (Contract Contract, ContractVersion Version) Sign(
        Beneficiary beneficiary, string referentId, DateOnly signedOn, bool hasContractInForce, ContractTerms terms, DateTimeOffset now)
    {
        CheckSignature(signedOn, hasContractInForce, now);
        var contract = New(beneficiary, ContractStatus.SIGNED, terms, now, referentId);
        contract.SignedOn = signedOn;
        contract.BeneficiaryAcknowledgedOn = signedOn;
        return (contract, ContractVersion.Of(contract, ContractChange.SIGNED, null, now, referentId));
    }

    /// <summary>BR-01: the draft becomes binding once the référent signs it and the person acknowledges it.</summary>
    public ContractVersion SignDraft(DateOnly signedOn, DateOnly beneficiaryAcknowledgedOn, bool hasContractInForce, DateTimeOffset now, string by)
    {
        Require(Status == ContractStatus.DRAFT, "Only a draft can be signed.");
        CheckSignature(signedOn, hasContractInForce, now);
        if (beneficiaryAcknowledgedOn > DateOnly.FromDateTime(now.UtcDateTime))
            throw new RuleViolationException("signature-in-the-future", "The person cannot acknowledge the contract on a future date.");
        SignedOn = signedOn;
        BeneficiaryAcknowledgedOn = beneficiaryAcknowledgedOn;
        return Next(ContractStatus.SIGNED, ContractChange.SIGNED, null, now, by);
    }

    /// <summary>The accompaniment starts: the plan's actions are under way.</summary>
    public ContractVersion Activate(DateOnly on, DateTimeOffset now, string by)
    {
        Require(Status == ContractStatus.SIGNED, "Only a signed contract can become active.");
        if (on < SignedOn) throw new RuleViolationException("date-before-signature", "A contract cannot start before it is signed.");
        ActivatedOn = on;
        return Next(ContractStatus.ACTIVE, ContractChange.ACTIVATED, null, now, by);
    }

    /// <summary>
    /// An amendment (avenant): new terms, a new version. BR-28: updating the contract ends a suspension for breach.
    /// </summary>
    public ContractVersion Amend(ContractTerms terms, string reason, DateTimeOffset now, string by)
    {
        Require(IsInForce, "Only a contract in force can be amended.");
        Apply(terms);
        var status = Status == ContractStatus.SUSPENDED_SANCTION ? ContractStatus.ACTIVE : Status;
        return Next(status, ContractChange.AMENDED, reason, now, by);
    }

    /// <summary>A change of the contract that its terms do not show (intensive episode, passation): still a new version.</summary>
    public ContractVersion Record(ContractChange change, string reason, DateTimeOffset now, string by)
    {
        Require(IsInForce, "Only a contract in force can change.");
        return Next(Status, change, reason, now, by);
    }

    /// <summary>SR-10: the référent unique changes; plan and history are kept as they are.</summary>
    public ContractVersion ChangeReferent(string toReferentId, string reason, DateTimeOffset now, string by)
    {
        Require(IsInForce, "Only a contract in force can change référent.");
        ReferentId = toReferentId;
        return Next(Status, ContractChange.REFERENT_CHANGED, reason, now, by);
    }

    /// <summary>A sanction decision suspends the contract's allowance side (BR-27, BR-28); never automatic (BR-30).</summary>
    public ContractVersion Suspend(string reason, DateTimeOffset now, string by)
    {
        Require(Status is ContractStatus.SIGNED or ContractStatus.ACTIVE, "Only a signed or active contract can be suspended.");
        return Next(ContractStatus.SUSPENDED_SANCTION, ContractChange.SUSPENDED, reason, now, by);
    }

    /// <summary>The suspension is lifted (compliance recorded, BR-27).</summary>
    public ContractVersion Resume(string reason, DateTimeOffset now, string by)
    {
        Require(Status == ContractStatus.SUSPENDED_SANCTION, "Only a suspended contract can resume.");
        return Next(ContractStatus.ACTIVE, ContractChange.RESUMED, reason, now, by);
    }

    /// <summary>The contract ends, for one of the exit reasons of §3.17. An intensive episode must be ended first.</summary>
    public ContractVersion Close(DateOnly on, ExitType reason, bool hasActiveEpisode, DateTimeOffset now, string by)
    {
        Require(Status != ContractStatus.CLOSED, "The contract is already closed.");
        if (hasActiveEpisode)
            throw new RuleViolationException("intensive-episode-active", "End the intensive episode (with its exit) before closing the contract.");
        if (on > DateOnly.FromDateTime(now.UtcDateTime)) throw new RuleViolationException("date-in-the-future", "A contract cannot be closed on a future date.");
        if (on < SignedOn) throw new RuleViolationException("date-before-signature", "A contract cannot close before it is signed.");
        ClosedOn = on;
        ClosureReason = reason;
        return Next(ContractStatus.CLOSED, ContractChange.CLOSED, reason.ToString(), now, by);
    }

    private static Contract New(Beneficiary beneficiary, ContractStatus status, ContractTerms terms, DateTimeOffset now, string by)
    {
        var contract = new Contract
        {
            Id = Guid.CreateVersion7(now),
            BeneficiaryId = beneficiary.Id,
            OrganismeId = beneficiary.OrganismeId,
            ReferentId = beneficiary.ReferentId,
            Status = status,
            Revision = 1,
            CreatedAt = now,
            CreatedBy = by,
            UpdatedAt = now,
        };
        contract.Apply(terms);
        return contract;
    }

    private static void CheckSignature(DateOnly signedOn, bool hasContractInForce, DateTimeOffset now)
    {
        if (hasContractInForce)
            throw new RuleViolationException("contract-already-in-force", "This person already has a contrat d'engagement in force; amend it instead of signing a second one.");
        if (signedOn > DateOnly.FromDateTime(now.UtcDateTime))
            throw new RuleViolationException("signature-in-the-future", "A contract cannot be signed on a future date.");
    }

    private void Apply(ContractTerms terms)
    {
        Regime = terms.WeeklyDuration.Regime;
        TargetWeeklyHours = terms.WeeklyDuration.TargetHours;
        DurationJustification = terms.WeeklyDuration.Justification;
        RequestedByBeneficiary = terms.WeeklyDuration.RequestedByBeneficiary;
        OrganismeCommitments = terms.OrganismeCommitments;
        BeneficiaryCommitments = terms.BeneficiaryCommitments;
    }

    private ContractVersion Next(ContractStatus status, ContractChange change, string? reason, DateTimeOffset now, string by)
    {
        Status = status;
        Revision++;
        UpdatedAt = now;
        return ContractVersion.Of(this, change, reason, now, by);
    }

    private void Require(bool condition, string message)
    {
        if (!condition) throw new RuleViolationException("invalid-contract-transition", $"{message} (the contract is {Status}).");
    }
}
