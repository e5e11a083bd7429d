using System.ComponentModel.DataAnnotations;

namespace Intensif.Catalogue.Api.Apis;

/// <summary>Why a manager turns a partner's proposal down; the partner reads it and may revise the proposal.</summary>
public sealed record RejectProposalRequest
{
    [Required, StringLength(1000, MinimumLength = 3)] public string? Reason { get; init; }
}
