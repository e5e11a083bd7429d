using Intensif.ServiceDefaults.Problems;

namespace Intensif.Contracts.Api.Domain;

/// <summary>The contrat d'engagement (L.5411-6): signed by the person and the organisme référent.</summary>
public sealed class Contract
{
    public Guid Id { get; private set; }
    public Guid BeneficiaryId { get; private set; }
    public string OrganismeId { get; private set; } = "";
    /// <summary>The référent unique named by the organisme.</summary>
    public string ReferentId { get; private set; } = "";
    public ContractStatus Status { get; private set; }
    public DateOnly SignedOn { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public uint Version { get; private set; }

    private Contract() { }

    /// <summary>
    /// Signs the contract of a person followed by the organisme. One person has one contract in force at a time:
    /// a new one replaces it through an amendment, not a second signature.
    /// </summary>
    public static Contract Sign(Beneficiary beneficiary, string referentId, DateOnly signedOn, bool hasContractInForce, DateTimeOffset now)
    {
        if (hasContractInForce)
            throw new RuleViolationException("contract-already-in-force", "This person already has a contrat d'engagement in force; amend it instead of signing a second one.");
        if (signedOn > DateOnly.FromDateTime(now.UtcDateTime))
            throw new RuleViolationException("signature-in-the-future", "A contract cannot be signed on a future date.");
        return new Contract
        {
            Id = Guid.CreateVersion7(now),
            BeneficiaryId = beneficiary.Id,
            OrganismeId = beneficiary.OrganismeId,
            ReferentId = referentId,
            Status = ContractStatus.SIGNED,
            SignedOn = signedOn,
            CreatedAt = now,
            CreatedBy = referentId,
        };
    }

    public static readonly ContractStatus[] InForce = [ContractStatus.SIGNED, ContractStatus.ACTIVE, ContractStatus.SUSPENDED_SANCTION];
}
