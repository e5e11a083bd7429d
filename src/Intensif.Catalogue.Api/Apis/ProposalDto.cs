using Intensif.Catalogue.Api.Domain;

namespace Intensif.Catalogue.Api.Apis;

/// <summary>How a partner's proposal stands: who proposed it, its status, and the reason of a rejection.</summary>
public sealed record ProposalDto(Guid ProposedBy, ProposalStatus Status, string? RejectionReason, string? ReviewedBy, DateTimeOffset? ReviewedAt)
{
    public static ProposalDto? From(CatalogueEntry e) => e is { ProposedBy: { } structure, ProposalStatus: { } status }
        ? new ProposalDto(structure, status, e.RejectionReason, e.ReviewedBy, e.ReviewedAt)
        : null;
}
