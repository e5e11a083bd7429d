namespace Intensif.Partners.Api.Domain;

/// <summary>
/// A person who acts for a partner structure, known by their platform identity (the token's <c>sub</c>). A partner
/// token counts only when its <c>sub</c> is a member of the structure its <c>org</c> names (docs/partners.md).
/// </summary>
public sealed class StructureMember
{
    public Guid Id { get; private set; }
    public Guid StructureId { get; private set; }
    /// <summary>The platform identity (token <c>sub</c>) of the person.</summary>
    public string Subject { get; private set; } = "";
    public string Name { get; private set; } = "";
    /// <summary>The address the invitation was sent to.</summary>
    public string Email { get; private set; } = "";
    public MemberRole Role { get; private set; }
    public Guid InvitationId { get; private set; }
    public DateTimeOffset JoinedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    private StructureMember() { }

    /// <summary>The person who accepted <paramref name="invitation"/> joins with the role it offered.</summary>
    public static StructureMember Join(Invitation invitation, string subject, string name, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        StructureId = invitation.StructureId,
        Subject = subject,
        Name = name,
        Email = invitation.Email,
        Role = invitation.Role,
        InvitationId = invitation.Id,
        JoinedAt = now,
        UpdatedAt = now,
    };

    public bool IsAdmin => Role == MemberRole.ADMIN;

    /// <summary>Changes the role; <see cref="LastAdminRule"/> must have been checked against the other members.</summary>
    public void ChangeRole(MemberRole role, DateTimeOffset now)
    {
        Role = role;
        UpdatedAt = now;
    }
}
