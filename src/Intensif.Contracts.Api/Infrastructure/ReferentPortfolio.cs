namespace Intensif.Contracts.Api.Infrastructure;

/// <summary>
/// One row per référent, locked (<c>FOR UPDATE</c> through an upsert) by every transaction that adds an active
/// intensive episode to their portfolio, so the cap check and the insert are serialized per référent.
/// </summary>
public sealed class ReferentPortfolio
{
    public string OrganismeId { get; private set; } = "";
    public string ReferentId { get; private set; } = "";
    public DateTimeOffset LastAssignmentAt { get; private set; }
}
