namespace Intensif.Catalogue.Api.Domain;

/// <summary>
/// Where a partner's proposal stands: PENDING until a manager of one of its territories validates it (the entry is
/// published) or rejects it with a reason (the partner may revise it, which submits it again).
/// </summary>
public enum ProposalStatus
{
    PENDING,
    VALIDATED,
    REJECTED,
}
