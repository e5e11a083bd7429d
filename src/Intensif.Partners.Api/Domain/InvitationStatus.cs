namespace Intensif.Partners.Api.Domain;

/// <summary>The life of an invitation to join a structure; a PENDING invitation past its expiry reads EXPIRED.</summary>
public enum InvitationStatus
{
    PENDING,
    ACCEPTED,
    REVOKED,
    EXPIRED,
}
