namespace Intensif.Partners.Api.Apis;

/// <summary>
/// The invitation and, this once, its secret <c>Token</c>: the inviter sends it to the person (e-mail link), who accepts
/// with POST /api/partners/invitations/accept. Only its hash is stored; it cannot be read again.
/// </summary>
public sealed record InvitationSentResponse(InvitationResponse Invitation, string Token);
