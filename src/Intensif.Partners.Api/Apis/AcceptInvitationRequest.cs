using System.ComponentModel.DataAnnotations;

namespace Intensif.Partners.Api.Apis;

public sealed record AcceptInvitationRequest
{
    /// <summary>The secret token of the invitation, as received.</summary>
    [Required, StringLength(100, MinimumLength = 20)] public string? Token { get; init; }
}
