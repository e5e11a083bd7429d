namespace Intensif.Contracts.Api.Domain;

/// <summary>One version of a contrat d'engagement: the terms in force after a change (avenant), who made it and why.</summary>
public sealed class ContractVersion
{
    public Guid ContractId { get; private set; }
    public int Number { get; private set; }
    public ContractChange Change { get; private set; }
    public string? Reason { get; private set; }
    public ContractStatus Status { get; private set; }
    public string ReferentId { get; private set; } = "";
    public WeeklyDurationRegime Regime { get; private set; }
    public decimal TargetWeeklyHours { get; private set; }
    public string? DurationJustification { get; private set; }
    public string? OrganismeCommitments { get; private set; }
    public string? BeneficiaryCommitments { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";

    private ContractVersion() { }

    internal static ContractVersion Of(Contract contract, ContractChange change, string? reason, DateTimeOffset at, string by) => new()
    {
        ContractId = contract.Id,
        Number = contract.Revision,
        Change = change,
        Reason = reason,
        Status = contract.Status,
        ReferentId = contract.ReferentId,
        Regime = contract.Regime,
        TargetWeeklyHours = contract.TargetWeeklyHours,
        DurationJustification = contract.DurationJustification,
        OrganismeCommitments = contract.OrganismeCommitments,
        BeneficiaryCommitments = contract.BeneficiaryCommitments,
        RecordedAt = at,
        RecordedBy = by,
    };
}
