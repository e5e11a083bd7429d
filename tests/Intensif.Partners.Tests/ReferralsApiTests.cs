using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Partners.Api.Infrastructure;
using Intensif.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intensif.Partners.Tests;

public sealed class ReferralsApiTests : IAsyncLifetime
{
    private const string Organisme = "ft-34";
    private ServiceApp<PartnersDbContext> _app = null!;

    public async Task InitializeAsync() => _app = await ServiceApp<PartnersDbContext>.StartAsync("partnersdb");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private HttpClient Referent(string organisme = Organisme) => _app.ClientFor(TestTokens.Referent(organisme, territory: "34"));

    private static object Referral(Guid sessionId, bool? consent = true) => new
    {
        sessionId, beneficiaryId = Guid.NewGuid(), personName = "Samir B.", personContact = "06 00 00 00 00",
        accessibilityNeeds = "PMR", motive = "Lever le frein mobilité", consentGiven = consent,
    };

    private static async Task<Guid> SendAsync(HttpClient referent, Guid sessionId)
    {
        var response = await referent.PostAsJsonAsync("/api/partners/referrals", Referral(sessionId));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("id").GetGuid();
    }

    private static async Task<string> StatusAsync(HttpClient client, Guid referral) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/partners/referrals/{referral}")).GetProperty("status").GetString()!;

    private static async Task<int> SeatsLeftAsync(HttpClient client, Guid session) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/partners/sessions/{session}")).GetProperty("seatsLeft").GetInt32();

    [Fact]
    public async Task A_referral_sent_with_consent_is_accepted_and_takes_a_seat()
    {
        var structure = await _app.RegisterStructureAsync();
        var session = await _app.PublishSessionAsync(structure, PartnersClient.Session(capacity: 2));
        var referral = await SendAsync(Referent(), session);
        var partner = _app.ClientFor(PartnerTokens.For(structure));

        Assert.Equal("PENDING", await StatusAsync(partner, referral));
        var accepted = await partner.PostAsync($"/api/partners/referrals/{referral}/accept", null);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("ACCEPTED", (await accepted.JsonAsync()).GetProperty("status").GetString());
        Assert.Equal(1, await SeatsLeftAsync(partner, session));
        Assert.Equal("ACCEPTED", await StatusAsync(Referent(), referral));
        Assert.Equal(["ReferralSent", "ReferralAccepted"], await _app.OutboxTypesAsync(referral));
    }

    [Fact]
    public async Task Without_the_persons_consent_nothing_is_sent()
    {
        var session = await _app.PublishSessionAsync(await _app.RegisterStructureAsync());

        var refused = await Referent().PostAsJsonAsync("/api/partners/referrals", Referral(session, consent: false));
        var missing = await Referent().PostAsJsonAsync("/api/partners/referrals", Referral(session, consent: null));

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("consent-required", (await refused.JsonAsync()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        await using var scope = _app.Services.CreateAsyncScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<PartnersDbContext>().Referrals.CountAsync());
    }

    [Fact]
    public async Task No_personal_data_goes_to_a_structure_without_a_data_sharing_agreement()
    {
        var session = await _app.PublishSessionAsync(await _app.RegisterStructureAsync(PartnersClient.Structure(dataSharing: false)));

        var response = await Referent().PostAsJsonAsync("/api/partners/referrals", Referral(session));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("data-sharing-agreement-missing", (await response.JsonAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Concurrent_acceptances_never_oversell_seats_and_the_rest_join_the_waitlist()
    {
        const int capacity = 3, referrals = 12;
        var structure = await _app.RegisterStructureAsync();
        var session = await _app.PublishSessionAsync(structure, PartnersClient.Session(capacity: capacity));
        var referent = Referent();
        var ids = new List<Guid>();
        for (var i = 0; i < referrals; i++) ids.Add(await SendAsync(referent, session));
        var partner = _app.ClientFor(PartnerTokens.For(structure));

        var answers = await Task.WhenAll(ids.Select(async id =>
        {
            var response = await partner.PostAsync($"/api/partners/referrals/{id}/accept", null);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await response.JsonAsync()).GetProperty("status").GetString();
        }));

        Assert.Equal(capacity, answers.Count(s => s == "ACCEPTED"));
        Assert.Equal(referrals - capacity, answers.Count(s => s == "WAITLISTED"));
        Assert.Equal(0, await SeatsLeftAsync(partner, session));
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnersDbContext>();
        Assert.Equal(capacity, await db.Referrals.CountAsync(r => r.SessionId == session && r.Status == Api.Domain.ReferralStatus.ACCEPTED));
    }

    [Fact]
    public async Task A_freed_seat_goes_to_the_waitlist_in_order()
    {
        var structure = await _app.RegisterStructureAsync();
        var session = await _app.PublishSessionAsync(structure, PartnersClient.Session(capacity: 1));
        var referent = Referent();
        var (first, second, third) = (await SendAsync(referent, session), await SendAsync(referent, session), await SendAsync(referent, session));
        var partner = _app.ClientFor(PartnerTokens.For(structure));
        foreach (var id in new[] { first, second, third }) await partner.PostAsync($"/api/partners/referrals/{id}/accept", null);

        var cancelled = await referent.PostAsJsonAsync($"/api/partners/referrals/{first}/cancel", new { comment = "La personne a trouvé un emploi" });

        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal("CANCELLED", await StatusAsync(partner, first));
        Assert.Equal("ACCEPTED", await StatusAsync(partner, second));
        Assert.Equal("WAITLISTED", await StatusAsync(partner, third));
        Assert.Equal(0, await SeatsLeftAsync(partner, session));
        Assert.Equal(["ReferralSent", "ReferralAccepted"], await _app.OutboxTypesAsync(second));
    }

    [Fact]
    public async Task Raising_the_capacity_serves_the_waitlist_first()
    {
        var structure = await _app.RegisterStructureAsync();
        var session = await _app.PublishSessionAsync(structure, PartnersClient.Session(capacity: 1));
        var (first, second) = (await SendAsync(Referent(), session), await SendAsync(Referent(), session));
        var partner = _app.ClientFor(PartnerTokens.For(structure));
        await partner.PostAsync($"/api/partners/referrals/{first}/accept", null);
        await partner.PostAsync($"/api/partners/referrals/{second}/accept", null);

        var updated = await partner.PutAsJsonAsync($"/api/partners/sessions/{session}", PartnersClient.Session(capacity: 3));

        Assert.Equal(1, (await updated.JsonAsync()).GetProperty("seatsLeft").GetInt32());
        Assert.Equal("ACCEPTED", await StatusAsync(partner, second));
    }

    [Fact]
    public async Task A_refusal_needs_a_reason_from_the_configured_list()
    {
        var structure = await _app.RegisterStructureAsync();
        var referral = await SendAsync(Referent(), await _app.PublishSessionAsync(structure));
        var partner = _app.ClientFor(PartnerTokens.For(structure));
        var reasons = await partner.GetFromJsonAsync<string[]>("/api/partners/referrals/refusal-reasons");

        var unknown = await partner.PostAsJsonAsync($"/api/partners/referrals/{referral}/refuse", new { reason = "NOT_IN_THE_LIST" });
        var refused = await partner.PostAsJsonAsync($"/api/partners/referrals/{referral}/refuse", new { reason = "PREREQUISITES_MISSING", comment = "Permis B requis" });
        var acceptAfter = await partner.PostAsync($"/api/partners/referrals/{referral}/accept", null);

        Assert.Contains("PREREQUISITES_MISSING", reasons!);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("REFUSED", (await refused.JsonAsync()).GetProperty("status").GetString());
        Assert.Equal("referral-not-pending", (await acceptAfter.JsonAsync()).GetProperty("code").GetString());
        Assert.Equal(["ReferralSent", "ReferralRefused"], await _app.OutboxTypesAsync(referral));
    }

    [Fact]
    public async Task An_unanswered_referral_expires_after_the_configured_days_on_read_on_answer_and_by_the_sweep()
    {
        var clock = new TestClock(DateTimeOffset.UtcNow);
        await using var app = _app.WithWebHostBuilder(b => b
            .UseSetting("Partners:Referrals:ExpiryDays", "5")
            .ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var structure = await _app.RegisterStructureAsync();
        var partner = app.CreateClient();
        partner.DefaultRequestHeaders.Authorization = new("Bearer", PartnerTokens.For(structure));
        var referent = app.CreateClient();
        referent.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Referent(Organisme, territory: "34"));
        var publish = await partner.PostAsJsonAsync("/api/partners/sessions", PartnersClient.Session(inDays: 30));
        var session = (await publish.JsonAsync()).GetProperty("id").GetGuid();
        var (answered, swept) = (await SendAsync(referent, session), await SendAsync(referent, session));

        clock.Advance(TimeSpan.FromDays(4));
        Assert.Equal("PENDING", await StatusAsync(partner, answered));
        clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal("EXPIRED", await StatusAsync(referent, swept));
        var late = await partner.PostAsync($"/api/partners/referrals/{answered}/accept", null);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal("referral-expired", (await late.JsonAsync()).GetProperty("code").GetString());
        await using (var scope = app.Services.CreateAsyncScope())
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<ReferralExpiry>().ExpireDueAsync(CancellationToken.None));
        Assert.Equal(["ReferralSent", "ReferralExpired"], await _app.OutboxTypesAsync(answered));
        Assert.Equal(["ReferralSent", "ReferralExpired"], await _app.OutboxTypesAsync(swept));
        Assert.Equal(3, await SeatsLeftAsync(partner, session));   // an expired referral never held a seat
    }

    [Fact]
    public async Task A_partner_sees_only_referrals_sent_to_it_and_an_organisme_only_those_it_sent()
    {
        var structure = await _app.RegisterStructureAsync();
        var referral = await SendAsync(Referent(), await _app.PublishSessionAsync(structure));
        var otherPartner = _app.ClientFor(PartnerTokens.For(await _app.RegisterStructureAsync()));
        var otherOrganisme = Referent("cd-34");

        Assert.Equal(HttpStatusCode.NotFound, (await otherPartner.GetAsync($"/api/partners/referrals/{referral}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherPartner.PostAsync($"/api/partners/referrals/{referral}/accept", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherOrganisme.GetAsync($"/api/partners/referrals/{referral}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherOrganisme.PostAsJsonAsync($"/api/partners/referrals/{referral}/cancel", new { })).StatusCode);
        Assert.Empty(await otherPartner.ItemsAsync("/api/partners/referrals"));
        Assert.Empty(await otherOrganisme.ItemsAsync("/api/partners/referrals"));
        Assert.Equal([referral], (await _app.ClientFor(PartnerTokens.For(structure)).ItemsAsync("/api/partners/referrals"))
            .Select(r => r.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task Cancelling_a_session_cancels_its_open_referrals()
    {
        var structure = await _app.RegisterStructureAsync();
        var session = await _app.PublishSessionAsync(structure);
        var referral = await SendAsync(Referent(), session);
        var partner = _app.ClientFor(PartnerTokens.For(structure));
        await partner.PostAsync($"/api/partners/referrals/{referral}/accept", null);

        await partner.PostAsync($"/api/partners/sessions/{session}/cancel", null);

        Assert.Equal("CANCELLED", await StatusAsync(Referent(), referral));
        Assert.Equal(["ReferralSent", "ReferralAccepted", "ReferralCancelled"], await _app.OutboxTypesAsync(referral));
        var again = await Referent().PostAsJsonAsync("/api/partners/referrals", Referral(session));
        Assert.Equal("session-not-open", (await again.JsonAsync()).GetProperty("code").GetString());
    }
}
