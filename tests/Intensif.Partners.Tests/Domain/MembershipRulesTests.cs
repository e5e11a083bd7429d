using Intensif.Partners.Api.Domain;
using Intensif.ServiceDefaults.Problems;

namespace Intensif.Partners.Tests.Domain;

public sealed class MembershipRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static StructureMember Member(MemberRole role) =>
        Invitation.Send(Guid.NewGuid(), "someone@example.org", role, "admin-1", Now, TimeSpan.FromDays(7)).Invitation.Accept("someone", "Someone", Now);

    [Fact]
    public void An_invitation_keeps_only_the_hash_of_its_secret_and_the_secret_identifies_it()
    {
        var (invitation, secret) = Invitation.Send(Guid.NewGuid(), " Nadia.Roux@Example.org ", MemberRole.ADMIN, "operator-1", Now, TimeSpan.FromDays(7));

        Assert.NotEqual(secret, invitation.SecretHash);
        Assert.Equal(InvitationSecret.Hash(secret), invitation.SecretHash);
        Assert.Equal("nadia.roux@example.org", invitation.Email);
        Assert.True(secret.Length >= 40);
    }

    [Fact]
    public void An_invitation_reads_expired_at_its_deadline_and_can_then_be_neither_accepted_nor_revoked()
    {
        var (invitation, _) = Invitation.Send(Guid.NewGuid(), "a@example.org", MemberRole.MEMBER, "admin-1", Now, TimeSpan.FromDays(7));

        Assert.Equal(InvitationStatus.PENDING, invitation.StatusAt(Now.AddDays(7).AddTicks(-1)));
        Assert.Equal(InvitationStatus.EXPIRED, invitation.StatusAt(Now.AddDays(7)));
        Assert.Equal("invitation-expired", Assert.Throws<RuleViolationException>(() => invitation.Accept("a", "A", Now.AddDays(7))).Code);
        Assert.Equal("invitation-expired", Assert.Throws<RuleViolationException>(() => invitation.Revoke(Now.AddDays(8))).Code);
    }

    [Fact]
    public void Accepting_makes_the_person_a_member_with_the_offered_role_once()
    {
        var (invitation, _) = Invitation.Send(Guid.NewGuid(), "a@example.org", MemberRole.ADMIN, "operator-1", Now, TimeSpan.FromDays(7));

        var member = invitation.Accept("sub-42", "Nadia Roux", Now.AddHours(1));

        Assert.Equal((invitation.StructureId, "sub-42", MemberRole.ADMIN, "a@example.org"), (member.StructureId, member.Subject, member.Role, member.Email));
        Assert.Equal(InvitationStatus.ACCEPTED, invitation.Status);
        Assert.Equal("invitation-already-accepted", Assert.Throws<RuleViolationException>(() => invitation.Accept("sub-43", "Other", Now.AddHours(2))).Code);
    }

    [Theory]
    [InlineData(MemberRole.ADMIN, null, 1, true)]
    [InlineData(MemberRole.ADMIN, MemberRole.MEMBER, 1, true)]
    [InlineData(MemberRole.ADMIN, MemberRole.ADMIN, 1, false)]
    [InlineData(MemberRole.ADMIN, null, 2, false)]
    [InlineData(MemberRole.ADMIN, MemberRole.MEMBER, 2, false)]
    [InlineData(MemberRole.MEMBER, null, 1, false)]
    public void The_last_admin_is_never_removed_nor_demoted(MemberRole current, MemberRole? newRole, int admins, bool refused)
    {
        var member = Member(current);

        var error = Record.Exception(() => LastAdminRule.EnsureAnAdminRemains(member, newRole, admins));

        Assert.Equal(refused, error is RuleViolationException { Code: "last-admin" });
        if (!refused) Assert.Null(error);
    }
}
