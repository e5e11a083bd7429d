using Intensif.ServiceDefaults.Problems;

namespace Intensif.Partners.Api.Domain;

/// <summary>
/// An admin of a structure (or an operator, for the first admin) invites a person by e-mail with a role. The person
/// accepts with the secret of the invitation and their platform identity before it expires; an admin may revoke it
/// while it is pending.
/// </summary>
public sealed class Invitation
{
    public Guid Id { get; private set; }
    public Guid StructureId { get; private set; }
    public string Email { get; private set; } = "";
    public MemberRole Role { get; private set; }
    /// <summary>SHA-256 of the secret (<see cref="InvitationSecret"/>); the secret itself is never stored.</summary>
    public string SecretHash { get; private set; } = "";
    public InvitationStatus Status { get; private set; }
    public string InvitedBy { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public string? AcceptedBy { get; private set; }
    public DateTimeOffset? AcceptedAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    private Invitation() { }

    /// <summary>A new invitation and the secret to hand to the invitee (returned once, never stored).</summary>
    public static (Invitation Invitation, string Secret) Send(Guid structureId, string email, MemberRole role, string invitedBy,
        DateTimeOffset now, TimeSpan validity)
    {
        var secret = InvitationSecret.New();
        var invitation = new Invitation
        {
            Id = Guid.CreateVersion7(now),
            StructureId = structureId,
            Email = email.Trim().ToLowerInvariant(),
            Role = role,
            SecretHash = InvitationSecret.Hash(secret),
            Status = InvitationStatus.PENDING,
            InvitedBy = invitedBy,
            CreatedAt = now,
            ExpiresAt = now + validity,
        };
        return (invitation, secret);
    }

    public bool IsDueToExpireAt(DateTimeOffset now) => Status == InvitationStatus.PENDING && now >= ExpiresAt;

    public InvitationStatus StatusAt(DateTimeOffset now) => IsDueToExpireAt(now) ? InvitationStatus.EXPIRED : Status;

    /// <summary>The person presenting the secret joins the structure with the invitation's role.</summary>
    public StructureMember Accept(string subject, string name, DateTimeOffset now)
    {
        EnsurePendingAt(now);
        Status = InvitationStatus.ACCEPTED;
        AcceptedBy = subject;
        AcceptedAt = now;
        return StructureMember.Join(this, subject, name, now);
    }

    public void Revoke(DateTimeOffset now)
    {
        EnsurePendingAt(now);
        Status = InvitationStatus.REVOKED;
        RevokedAt = now;
    }

    private void EnsurePendingAt(DateTimeOffset now)
    {
        switch (StatusAt(now))
        {
            case InvitationStatus.EXPIRED:
                throw new RuleViolationException("invitation-expired", "The invitation expired; ask an admin of the structure for a new one.");
            case InvitationStatus.REVOKED:
                throw new RuleViolationException("invitation-revoked", "The invitation was revoked by an admin of the structure.");
            case InvitationStatus.ACCEPTED:
                throw new RuleViolationException("invitation-already-accepted", "The invitation has already been accepted.");
        }
    }
}
