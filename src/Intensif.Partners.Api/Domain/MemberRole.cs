namespace Intensif.Partners.Api.Domain;

/// <summary>A member's role in its partner structure: admins manage the members and invitations, members act for the structure.</summary>
public enum MemberRole
{
    ADMIN,
    MEMBER,
}
