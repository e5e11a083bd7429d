using Intensif.Indicators.Api.Infrastructure;

namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// A contrat d'engagement closed, with its §3.17 reason. Kept apart from <see cref="ActiveContract"/> so a closure
/// that arrives before its signature is not lost: a contract is in force when signed and not closed.
/// </summary>
public sealed class ContractClosure : IFeedsIndicators
{
    public Guid ContractId { get; private set; }
    public string OrganismeId { get; private set; } = "";
    public string Territory { get; private set; } = "";
    public DateOnly ClosedOn { get; private set; }
    public string Reason { get; private set; } = "";

    private ContractClosure() { }

    public static ContractClosure Closed(Guid contractId, string organismeId, string territory, DateOnly closedOn, string reason) => new()
    {
        ContractId = contractId,
        OrganismeId = organismeId,
        Territory = territory,
        ClosedOn = closedOn,
        Reason = reason,
    };

    /// <summary>Figures it feeds: the months after the closure lose the contract.</summary>
    public IEnumerable<FiguresTouched> FiguresFed() => [new(OrganismeId, Territory, ClosedOn, null)];
}
