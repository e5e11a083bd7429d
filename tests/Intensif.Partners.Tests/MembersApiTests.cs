using System.Net;
using System.Net.Http.Json;
using Intensif.Partners.Api.Domain;
using Intensif.Partners.Api.Infrastructure;
using Intensif.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intensif.Partners.Tests;

public sealed class MembersApiTests : IAsyncLifetime
{
    private ServiceApp<PartnersDbContext> _app = null!;

    public async Task InitializeAsync() => _app = await ServiceApp<PartnersDbContext>.StartAsync("partnersdb");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (await response.JsonAsync()).TryGetProperty("code", out var code) ? code.GetString() : null;

    [Fact]
    public async Task An_operator_invites_the_first_admin_who_joins_with_their_own_identity()
    {
        var registered = await _app.ClientFor(TestTokens.Operator()).PostAsJsonAsync("/api/partners/structures", PartnersClient.Structure());
        var structure = (await registered.JsonAsync()).GetProperty("id").GetGuid();
        var nadia = _app.ClientFor(PartnerTokens.For(structure, "nadia"));
        var before = await nadia.GetAsync($"/api/partners/structures/{structure}");

        var invited = await _app.ClientFor(TestTokens.Operator()).PostAsJsonAsync($"/api/partners/structures/{structure}/invitations",
            new { email = "Nadia.Roux@example.org", role = "ADMIN" });
        var invitation = await invited.JsonAsync();
        var accepted = await nadia.PostAsJsonAsync("/api/partners/invitations/accept", new { token = invitation.GetProperty("token").GetString() });

        Assert.Equal(HttpStatusCode.Forbidden, before.StatusCode);
        Assert.Equal("not-a-member", await CodeAsync(before));
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        Assert.Equal("PENDING", invitation.GetProperty("invitation").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await nadia.GetAsync($"/api/partners/structures/{structure}")).StatusCode);
        var member = Assert.Single(await nadia.ItemsAsync($"/api/partners/structures/{structure}/members"));
        Assert.Equal(("nadia", "nadia.roux@example.org", "ADMIN"),
            (member.GetProperty("subject").GetString(), member.GetProperty("email").GetString(), member.GetProperty("role").GetString()));
        Assert.Equal("ACCEPTED", Assert.Single(await nadia.ItemsAsync($"/api/partners/structures/{structure}/invitations")).GetProperty("status").GetString());
        var actions = (await nadia.ItemsAsync($"/api/partners/structures/{structure}/audit?limit=100")).Select(a => a.GetProperty("action").GetString());
        Assert.Equal(["structure.registered", "invitation.sent", "invitation.accepted", "member.joined"], actions);
    }

    [Fact]
    public async Task Only_the_structures_admins_manage_its_members_and_other_structures_answer_404()
    {
        var structure = await _app.RegisterStructureAsync();
        await _app.JoinAsync(structure, "partner-7", "MEMBER");
        var member = _app.ClientFor(PartnerTokens.For(structure, "partner-7"));
        var otherAdmin = _app.ClientFor(PartnerTokens.For(await _app.RegisterStructureAsync()));
        var referent = _app.ClientFor(TestTokens.Referent("ft-34", territory: "34"));
        var invite = new { email = "someone@example.org", role = "MEMBER" };

        var byMember = await member.PostAsJsonAsync($"/api/partners/structures/{structure}/invitations", invite);
        var listByMember = await member.GetAsync($"/api/partners/structures/{structure}/members");
        var byOther = await otherAdmin.PostAsJsonAsync($"/api/partners/structures/{structure}/invitations", invite);
        var listByOther = await otherAdmin.GetAsync($"/api/partners/structures/{structure}/members");
        var byReferent = await referent.PostAsJsonAsync($"/api/partners/structures/{structure}/invitations", invite);

        Assert.Equal(HttpStatusCode.Forbidden, byMember.StatusCode);
        Assert.Equal("admin-only", await CodeAsync(byMember));
        Assert.Equal(HttpStatusCode.Forbidden, listByMember.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byOther.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, listByOther.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byReferent.StatusCode);
        await using var scope = _app.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<PartnersDbContext>().Invitations.AnyAsync(i => i.Email == "someone@example.org"));
    }

    [Fact]
    public async Task The_last_admin_is_neither_removed_nor_demoted_and_a_removed_member_can_no_longer_act()
    {
        var structure = await _app.RegisterStructureAsync();
        var admin = _app.ClientFor(PartnerTokens.For(structure));
        var self = Assert.Single(await admin.ItemsAsync($"/api/partners/structures/{structure}/members")).GetProperty("id").GetGuid();

        var removeLast = await admin.DeleteAsync($"/api/partners/structures/{structure}/members/{self}");
        var demoteLast = await admin.PutAsJsonAsync($"/api/partners/structures/{structure}/members/{self}/role", new { role = "MEMBER" });
        var colleague = await _app.JoinAsync(structure, "partner-7", "MEMBER");
        var promoted = await admin.PutAsJsonAsync($"/api/partners/structures/{structure}/members/{colleague}/role", new { role = "ADMIN" });
        var removedSelf = await admin.DeleteAsync($"/api/partners/structures/{structure}/members/{self}");

        Assert.Equal(HttpStatusCode.Conflict, removeLast.StatusCode);
        Assert.Equal("last-admin", await CodeAsync(removeLast));
        Assert.Equal(HttpStatusCode.Conflict, demoteLast.StatusCode);
        Assert.Equal("last-admin", await CodeAsync(demoteLast));
        Assert.Equal("ADMIN", (await promoted.JsonAsync()).GetProperty("role").GetString());
        Assert.Equal(HttpStatusCode.NoContent, removedSelf.StatusCode);
        var afterRemoval = await admin.GetAsync("/api/partners/sessions");
        Assert.Equal(HttpStatusCode.Forbidden, afterRemoval.StatusCode);
        Assert.Equal("not-a-member", await CodeAsync(afterRemoval));
        var remaining = Assert.Single(await _app.ClientFor(PartnerTokens.For(structure, "partner-7")).ItemsAsync($"/api/partners/structures/{structure}/members"));
        Assert.Equal("partner-7", remaining.GetProperty("subject").GetString());
    }

    [Fact]
    public async Task Two_admins_demoting_each_other_at_once_leave_exactly_one_admin()
    {
        var structure = await _app.RegisterStructureAsync();
        var first = Assert.Single(await _app.ClientFor(PartnerTokens.For(structure)).ItemsAsync($"/api/partners/structures/{structure}/members")).GetProperty("id").GetGuid();
        var second = await _app.JoinAsync(structure, "partner-2", "ADMIN");

        var answers = await Task.WhenAll(
            _app.ClientFor(PartnerTokens.For(structure)).PutAsJsonAsync($"/api/partners/structures/{structure}/members/{second}/role", new { role = "MEMBER" }),
            _app.ClientFor(PartnerTokens.For(structure, "partner-2")).PutAsJsonAsync($"/api/partners/structures/{structure}/members/{first}/role", new { role = "MEMBER" }));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        await using var scope = _app.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<PartnersDbContext>().Members
            .CountAsync(m => m.StructureId == structure && m.Role == MemberRole.ADMIN));
    }

    [Fact]
    public async Task An_invitation_is_accepted_once_and_never_after_being_revoked()
    {
        var structure = await _app.RegisterStructureAsync();
        var admin = PartnerTokens.For(structure);
        var kept = await _app.InviteAsync(structure, "kept@example.org", "MEMBER", admin);
        var revokedToken = await _app.InviteAsync(structure, "revoked@example.org", "MEMBER", admin);
        var revokedId = (await _app.ClientFor(admin).ItemsAsync($"/api/partners/structures/{structure}/invitations?status=PENDING"))
            .Single(i => i.GetProperty("email").GetString() == "revoked@example.org").GetProperty("id").GetGuid();
        var joiner = _app.ClientFor(PartnerTokens.For(structure, "joiner"));

        var duplicate = await _app.ClientFor(admin).PostAsJsonAsync($"/api/partners/structures/{structure}/invitations", new { email = "kept@example.org", role = "ADMIN" });
        var revoke = await _app.ClientFor(admin).PostAsync($"/api/partners/structures/{structure}/invitations/{revokedId}/revoke", null);
        var acceptRevoked = await _app.ClientFor(PartnerTokens.For(structure, "late")).PostAsJsonAsync("/api/partners/invitations/accept", new { token = revokedToken });
        var accepted = await joiner.PostAsJsonAsync("/api/partners/invitations/accept", new { token = kept });
        var again = await _app.ClientFor(PartnerTokens.For(structure, "someone-else")).PostAsJsonAsync("/api/partners/invitations/accept", new { token = kept });
        var unknown = await joiner.PostAsJsonAsync("/api/partners/invitations/accept", new { token = "not-a-token-of-any-invitation" });

        Assert.Equal("already-invited", await CodeAsync(duplicate));
        Assert.Equal("REVOKED", (await revoke.JsonAsync()).GetProperty("status").GetString());
        Assert.Equal("invitation-revoked", await CodeAsync(acceptRevoked));
        Assert.Equal("MEMBER", (await accepted.JsonAsync()).GetProperty("role").GetString());
        Assert.Equal("invitation-already-accepted", await CodeAsync(again));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _app.ClientFor(PartnerTokens.For(structure, "late")).GetAsync("/api/partners/sessions")).StatusCode);
    }

    [Fact]
    public async Task An_invitation_expires_after_the_configured_days()
    {
        var clock = new TestClock(DateTimeOffset.UtcNow);
        await using var app = _app.WithWebHostBuilder(b => b
            .UseSetting("Partners:Invitations:ValidityDays", "3")
            .ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var structure = await _app.RegisterStructureAsync();
        HttpClient Client(string subject)
        {
            var client = app.CreateClient();
            client.DefaultRequestHeaders.Authorization = new("Bearer", PartnerTokens.For(structure, subject));
            return client;
        }
        var invited = await Client(PartnerTokens.DefaultSubject).PostAsJsonAsync($"/api/partners/structures/{structure}/invitations", new { email = "slow@example.org", role = "MEMBER" });
        var token = (await invited.JsonAsync()).GetProperty("token").GetString();

        clock.Advance(TimeSpan.FromDays(3));
        var late = await Client("slow").PostAsJsonAsync("/api/partners/invitations/accept", new { token });

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal("invitation-expired", await CodeAsync(late));
        Assert.Equal("EXPIRED", Assert.Single(await Client(PartnerTokens.DefaultSubject).ItemsAsync($"/api/partners/structures/{structure}/invitations?status=EXPIRED"))
            .GetProperty("status").GetString());
    }
}
