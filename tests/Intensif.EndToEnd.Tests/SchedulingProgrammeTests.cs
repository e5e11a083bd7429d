using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Hosting.Identity;
using Intensif.Testing;
using static Intensif.EndToEnd.Tests.GatewayAnswers;

namespace Intensif.EndToEnd.Tests;

/// <summary>
/// Issue 6 through the gateway of the running platform: a référent starts a person's intensive episode (Contracts →
/// RabbitMQ → Scheduling), a partner publishes a session (Partners → Scheduling), the référent refers the person to it
/// and the partner accepts (the seat is Partners'): Scheduling books the session into the person's programme from
/// ReferralAccepted; the partner records the attendance (valued by the Catalogue), and the référent closes the week and
/// reads the realised hours.
/// </summary>
[Collection(SharedPlatformCollection.Name)]
public sealed class SchedulingProgrammeTests(SharedPlatform shared)
{
    [Fact]
    public async Task A_partner_session_booked_attended_and_closed_shows_its_realised_hours_through_the_gateway()
    {
        var organisme = TestTokens.NewOrganisme();
        var referent = shared.ClientFor(new PlatformUser("ref-prog", "Inès Martin", organisme, "organisme", "referent", ["34"]));
        var operatorClient = shared.ClientFor(new PlatformUser("op-prog", "Opératrice", "platform", "platform", "operator", []));

        // Contracts: a signed contract and an intensive episode; Scheduling learns the person from IntensiveEpisodeStarted
        var beneficiaryId = (await Json(await referent.PostAsJsonAsync("/api/contracts/beneficiaries",
            new { firstName = "Lina", lastName = "Moreau", birthDate = "1992-03-14", territory = "34" }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var contractId = (await Json(await referent.PostAsJsonAsync("/api/contracts", new { beneficiaryId }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Json(await referent.PostAsJsonAsync($"/api/contracts/{contractId}/intensive-episodes",
            new { plannedEndDate = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(4) }), HttpStatusCode.Created);
        var portfolio = await Eventually.MatchAsync(() => referent.GetFromJsonAsync<JsonElement>("/api/scheduling/portfolio"),
            p => p.EnumerateArray().Any(e => e.GetProperty("contractId").GetGuid() == contractId));
        var person = portfolio.EnumerateArray().Single(e => e.GetProperty("contractId").GetGuid() == contractId);
        var programmeOf = person.GetProperty("beneficiaryId").GetGuid();
        var target = person.GetProperty("targetWeeklyHours").GetDecimal();

        // Partners: a structure publishes a session starting shortly, so it can be booked now and attended in a moment
        var structureId = (await Json(await operatorClient.PostAsJsonAsync("/api/partners/structures", new
        {
            name = "Atelier Emploi Sète", siret = Siret(), type = "ASSOCIATION_AUTRE", territories = new[] { "34" }, themes = new[] { "MOBILITE" },
            contacts = new[] { new { name = "Paul Vidal", role = "Accueil", email = "paul@example.org", phone = "04 67 00 00 01" } },
            conventions = new[] { new { funder = "CD34", from = "2026-01-01", to = "2027-12-31", places = 20 } },
            qualiopi = true, pmsmpPrescriptionDelegation = false, dataSharingAgreementSigned = true,
        }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        // an operator invites the structure's first admin, who accepts: from then on their partner token acts for the structure
        var invitation = await Json(await operatorClient.PostAsJsonAsync($"/api/partners/structures/{structureId}/invitations",
            new { email = "paul@example.org", role = "ADMIN" }), HttpStatusCode.Created);
        var partner = shared.ClientFor(new PlatformUser("partner-prog", "Partenaire", structureId.ToString(), "partner", "partner", ["34"]));
        await Json(await partner.PostAsJsonAsync("/api/partners/invitations/accept", new { token = invitation.GetProperty("token").GetString() }), HttpStatusCode.OK);
        var start = DateTimeOffset.UtcNow.AddSeconds(60);
        var sessionId = (await Json(await partner.PostAsJsonAsync("/api/partners/sessions", new
        {
            entryCode = "GEN-COL-01", start, end = start.AddHours(2), location = "3 quai de la Marine, Sète", capacity = 8, territory = "34", theme = "MOBILITE",
        }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Eventually.MatchAsync(() => referent.GetAsync($"/api/scheduling/sessions/{sessionId}"), r => r.StatusCode == HttpStatusCode.OK);

        // booking it directly is refused: the seat is Partners', taken through a referral the partner accepts
        var direct = await referent.PostAsJsonAsync($"/api/scheduling/programmes/{programmeOf}/assignments", new { sessionId });
        Assert.Equal("seat-not-held", (await Json(direct, HttpStatusCode.Conflict)).GetProperty("code").GetString());
        var referralId = (await Json(await referent.PostAsJsonAsync("/api/partners/referrals", new
        {
            sessionId, beneficiaryId = programmeOf, personName = "Lina M.", consentGiven = true, motive = "Mobilité",
        }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Json(await partner.PostAsync($"/api/partners/referrals/{referralId}/accept", null), HttpStatusCode.OK);

        // Scheduling books it into the programme from ReferralAccepted
        var paris = TimeZoneInfo.ConvertTime(start, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).DateTime;
        var week = $"{ISOWeek.GetYear(paris)}-W{ISOWeek.GetWeekOfYear(paris):00}";
        var programme = await Eventually.MatchAsync(() => referent.GetFromJsonAsync<JsonElement>($"/api/scheduling/programmes/{programmeOf}/weeks/{week}"),
            w => w.GetProperty("assignments").EnumerateArray().Any(a => a.GetProperty("sessionId").ToString() == sessionId.ToString()
                && a.GetProperty("status").GetString() == "BOOKED"));
        var booked = programme.GetProperty("assignments").EnumerateArray().Single(a => a.GetProperty("sessionId").ToString() == sessionId.ToString());
        Assert.Equal(referralId, booked.GetProperty("referralId").GetGuid());
        var assignmentId = booked.GetProperty("id").GetGuid();

        // the partner's attendance sheet, once the session has begun
        var wait = start.AddSeconds(1) - DateTimeOffset.UtcNow;
        if (wait > TimeSpan.Zero) await Task.Delay(wait);
        var attended = await Json(await partner.PostAsJsonAsync($"/api/scheduling/assignments/{assignmentId}/attendance", new { outcome = "DONE" }), HttpStatusCode.OK);
        Assert.Equal(("DONE", 3m), (attended.GetProperty("status").GetString(), attended.GetProperty("realisedHours").GetDecimal()));

        var closed = await Json(await referent.PostAsJsonAsync($"/api/scheduling/programmes/{programmeOf}/weeks/{week}/close",
            new { gapReason = "OTHER", comment = "Entrée en accompagnement intensif cette semaine" }), HttpStatusCode.OK);
        var read = await Json(await referent.GetAsync($"/api/scheduling/programmes/{programmeOf}/weeks/{week}"), HttpStatusCode.OK);

        Assert.Equal(("CLOSED", 3m, target, target - 3m), (read.GetProperty("status").GetString(), read.GetProperty("realisedHours").GetDecimal(),
            read.GetProperty("targetHours").GetDecimal(), read.GetProperty("gapHours").GetDecimal()));
        Assert.Equal(closed.GetProperty("closedAt").GetDateTimeOffset(), read.GetProperty("closedAt").GetDateTimeOffset());
        var otherOrganisme = shared.ClientFor(new PlatformUser("ref-other-prog", "Autre", TestTokens.NewOrganisme(), "organisme", "referent", ["34"]));
        Assert.Equal(HttpStatusCode.NotFound, (await otherOrganisme.GetAsync($"/api/scheduling/programmes/{programmeOf}/weeks/{week}")).StatusCode);
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
