using Intensif.Partners.Api.Domain;

namespace Intensif.Partners.Api.Apis;

/// <summary>An invitation as the structure's admins see it (never its secret); Status already shows a pending one past its expiry as EXPIRED.</summary>
public sealed record InvitationResponse(
    Guid Id, Guid StructureId, string Email, string Role, string Status, string InvitedBy, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt,
    string? AcceptedBy, DateTimeOffset? AcceptedAt, DateTimeOffset? RevokedAt)
{
    public static InvitationResponse From(Invitation i, DateTimeOffset now) => new(
        i.Id, i.StructureId, i.Email, i.Role.ToString(), i.StatusAt(now).ToString(), i.InvitedBy, i.CreatedAt, i.ExpiresAt,
        i.AcceptedBy, i.AcceptedAt, i.RevokedAt);
}
