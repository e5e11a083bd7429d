using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Hosting.Identity;
using Intensif.Testing;

namespace Intensif.EndToEnd.Tests;

/// <summary>
/// Through the gateway of the running platform: an operator registers a structure and invites its first admin, who
/// joins; the partner publishes a session, a référent refers a person to it, the partner accepts, and the Catalogue's
/// offer shows the seat taken (Partners → RabbitMQ → Catalogue).
/// </summary>
[Collection(SharedPlatformCollection.Name)]
public sealed class PartnersReferralTests(SharedPlatform shared)
{
    [Fact]
    public async Task An_accepted_referral_takes_the_seat_the_catalogue_shows()
    {
        var operatorClient = shared.ClientFor(new PlatformUser("op-e2e", "Opératrice", "platform", "platform", "operator", []));
        var structure = await operatorClient.PostAsJsonAsync("/api/partners/structures", new
        {
            name = "Mobilité Solidaire Lunel",
            siret = Siret(),
            type = "ASSOCIATION_MOBILITE",
            territories = new[] { "34" },
            themes = new[] { "MOBILITE" },
            contacts = new[] { new { name = "Nadia Roux", role = "Accueil", email = "nadia@example.org", phone = "04 67 00 00 00" } },
            conventions = new[] { new { funder = "CD34", from = "2026-01-01", to = "2027-12-31", places = 40 } },
            qualiopi = true,
            pmsmpPrescriptionDelegation = false,
            dataSharingAgreementSigned = true,
        });
        Assert.Equal(HttpStatusCode.Created, structure.StatusCode);
        var structureId = (await structure.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        // an operator invites the structure's first admin, who accepts with their own identity: from then on their partner token counts
        var invitation = await operatorClient.PostAsJsonAsync($"/api/partners/structures/{structureId}/invitations", new { email = "nadia@example.org", role = "ADMIN" });
        Assert.Equal(HttpStatusCode.Created, invitation.StatusCode);
        var token = (await invitation.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        var partner = shared.ClientFor(new PlatformUser("partner-e2e", "Partenaire", structureId.ToString(), "partner", "partner", ["34"]));
        Assert.Equal(HttpStatusCode.OK, (await partner.PostAsJsonAsync("/api/partners/invitations/accept", new { token })).StatusCode);
        var organisme = TestTokens.NewOrganisme();
        var referent = shared.ClientFor(new PlatformUser("ref-e2e", "Référente", organisme, "organisme", "referent", ["34"]));

        var start = DateTimeOffset.UtcNow.Date.AddDays(9).AddHours(8);
        var session = await partner.PostAsJsonAsync("/api/partners/sessions", new
        {
            entryCode = "GEN-COL-01", start, end = start.AddHours(3), location = "12 rue de la Gare, Lunel", capacity = 1, territory = "34", theme = "MOBILITE",
        });
        Assert.Equal(HttpStatusCode.Created, session.StatusCode);
        var sessionId = (await session.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var offered = await Eventually.MatchAsync(() => OfferAsync(referent, sessionId), s => s is not null);
        Assert.Equal(1, offered!.Value.GetProperty("seatsLeft").GetInt32());

        var referral = await referent.PostAsJsonAsync("/api/partners/referrals", new
        {
            sessionId, beneficiaryId = Guid.NewGuid(), personName = "Samir B.", consentGiven = true, motive = "Permis B, mobilité",
        });
        Assert.Equal(HttpStatusCode.Created, referral.StatusCode);
        var referralId = (await referral.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var accepted = await partner.PostAsync($"/api/partners/referrals/{referralId}/accept", null);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);

        var full = await Eventually.MatchAsync(() => OfferAsync(referent, sessionId), s => s?.GetProperty("seatsLeft").GetInt32() == 0);
        Assert.Equal(0, full!.Value.GetProperty("seatsLeft").GetInt32());
        var otherOrganisme = shared.ClientFor(new PlatformUser("ref-other", "Autre", TestTokens.NewOrganisme(), "organisme", "referent", ["34"]));
        Assert.Equal(HttpStatusCode.NotFound, (await otherOrganisme.GetAsync($"/api/partners/referrals/{referralId}")).StatusCode);
    }

    private static async Task<JsonElement?> OfferAsync(HttpClient client, Guid sessionId)
    {
        var page = await client.GetFromJsonAsync<JsonElement>("/api/catalogue/sessions?territory=34&entryCode=GEN-COL-01&limit=100");
        foreach (var item in page.GetProperty("items").EnumerateArray())
            if (item.GetProperty("sessionId").GetGuid() == sessionId) return item;
        return null;
    }

    /// <summary>A random SIRET with a valid Luhn check digit.</summary>
    private static string Siret()
    {
        var digits = string.Concat(Enumerable.Range(0, 13).Select(_ => Random.Shared.Next(10)));
        for (var check = 0; check < 10; check++)
            if (Luhn(digits + check)) return digits + check;
        throw new InvalidOperationException("unreachable: one check digit always fits");
    }

    private static bool Luhn(string number) =>
        number.Reverse().Select((c, i) => (c - '0') * (i % 2 == 1 ? 2 : 1)).Sum(d => d > 9 ? d - 9 : d) % 10 == 0;
}
