namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// One contrat d'engagement in force, as the indicators know it: pseudonymous, scoped by organisme and territory.
/// Kept per contract (not as a bare counter) so later events (closure, exit) can take it out again.
/// </summary>
public sealed class ActiveContract
{
    public Guid ContractId { get; private set; }
    public string OrganismeId { get; private set; } = "";
    public string Territory { get; private set; } = "";
    public Guid PseudonymousBeneficiaryId { get; private set; }
    public DateOnly SignedOn { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    private ActiveContract() { }

    public static ActiveContract Signed(Guid contractId, string organismeId, string territory, Guid pseudonymousBeneficiaryId, DateOnly signedOn, DateTimeOffset now) => new()
    {
        ContractId = contractId,
        OrganismeId = organismeId,
        Territory = territory,
        PseudonymousBeneficiaryId = pseudonymousBeneficiaryId,
        SignedOn = signedOn,
        RecordedAt = now,
    };
}
