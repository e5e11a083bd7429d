using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Hosting.Identity;
using Intensif.Testing;
using static Intensif.EndToEnd.Tests.GatewayAnswers;

namespace Intensif.EndToEnd.Tests;

/// <summary>
/// Issue 6 through the gateway of the running platform: an organisme publishes a collective session with one seat in
/// the shared calendar, référents of two organismes book their people into it (the second one waits), the first
/// booking is cancelled and the waiting person is booked into their programme; then that person reads their programme
/// through their personal access link, without a token, declares an autonomous activity with its proof, and their
/// référent validates it.
/// </summary>
[Collection(SharedPlatformCollection.Name)]
public sealed class SharedCalendarJourneyTests(SharedPlatform shared)
{
    private const string Territory = "34";

    [Fact]
    public async Task A_seat_freed_in_the_shared_calendar_goes_to_the_other_organisme_s_waiting_person_who_then_reads_and_declares_through_a_personal_link()
    {
        var (organismeA, organismeB) = (TestTokens.NewOrganisme(), TestTokens.NewOrganisme());
        var referentA = shared.ClientFor(new PlatformUser("ref-cal-a", "Awa Diallo", organismeA, "organisme", "referent", [Territory]));
        var referentB = shared.ClientFor(new PlatformUser("ref-cal-b", "Hugo Bernard", organismeB, "organisme", "referent", [Territory]));
        var personA = await PersonInIntensiveEpisodeAsync(referentA, "Nora");
        var personB = await PersonInIntensiveEpisodeAsync(referentB, "Yanis");

        // organisme A publishes a collective session of the fichier métier with a single seat, tomorrow
        var start = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(1).AddHours(9), TimeSpan.Zero);
        var session = await Json(await referentA.PostAsJsonAsync("/api/scheduling/calendar/events", new
        {
            kind = "COLLECTIVE_SESSION", territory = Territory, theme = "MOBILITE", entryCode = "GEN-COL-01", title = "Atelier mobilité",
            start, end = start.AddHours(2), location = "Maison de l'emploi, Sète", capacity = 1,
        }), HttpStatusCode.Created);
        var eventId = session.GetProperty("id").GetGuid();

        // one seat: A's person is booked, B's person (another organisme) waits
        var bookedA = await Json(await referentA.PostAsJsonAsync($"/api/scheduling/calendar/events/{eventId}/bookings", new { beneficiaryId = personA }), HttpStatusCode.Created);
        Assert.Equal("BOOKED", bookedA.GetProperty("status").GetString());
        var waitingB = await Json(await referentB.PostAsJsonAsync($"/api/scheduling/calendar/events/{eventId}/bookings", new { beneficiaryId = personB }), HttpStatusCode.Created);
        Assert.Equal("WAITLISTED", waitingB.GetProperty("status").GetString());

        // B sees the seats and its own booking, never A's person
        var seenByB = await Json(await referentB.GetAsync($"/api/scheduling/calendar/events/{eventId}"), HttpStatusCode.OK);
        Assert.Equal((0, 1), (seenByB.GetProperty("seatsLeft").GetInt32(), seenByB.GetProperty("waitlistLength").GetInt32()));
        Assert.All(seenByB.GetProperty("bookings").EnumerateArray(), b => Assert.Equal(personB, b.GetProperty("beneficiaryId").GetGuid()));

        // A cancels: the seat goes to B's person, whose programme now holds the session
        await Json(await referentA.PostAsync($"/api/scheduling/calendar/bookings/{bookedA.GetProperty("id").GetGuid()}/cancel", null), HttpStatusCode.OK);
        var promoted = await Json(await referentB.GetAsync($"/api/scheduling/calendar/events/{eventId}"), HttpStatusCode.OK);
        var bookingB = promoted.GetProperty("bookings").EnumerateArray().Single();
        Assert.Equal(("BOOKED", 0, 0), (bookingB.GetProperty("status").GetString(), promoted.GetProperty("seatsLeft").GetInt32(),
            promoted.GetProperty("waitlistLength").GetInt32()));
        var week = IsoWeekOf(start);
        var programme = await Json(await referentB.GetAsync($"/api/scheduling/programmes/{personB}/weeks/{week}"), HttpStatusCode.OK);
        Assert.Contains(programme.GetProperty("assignments").EnumerateArray(), a => a.GetProperty("id").GetGuid() == bookingB.GetProperty("assignmentId").GetGuid()
            && a.GetProperty("status").GetString() == "BOOKED");

        // the territory's shared calendar lists it, full
        var calendar = await Json(await referentB.GetAsync(
            $"/api/scheduling/calendar?territory={Territory}&from={start.AddHours(-1):yyyy-MM-ddTHH:mm:ssZ}&to={start.AddHours(3):yyyy-MM-ddTHH:mm:ssZ}&limit=100"), HttpStatusCode.OK);
        var line = calendar.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == eventId);
        Assert.Equal(("COLLECTIVE_SESSION", 0), (line.GetProperty("kind").GetString(), line.GetProperty("seatsLeft").GetInt32()));

        // the person's own access: a secret link, read without a token through the gateway
        var link = await Json(await referentB.PostAsync($"/api/scheduling/programmes/{personB}/access-links", null), HttpStatusCode.Created);
        var url = link.GetProperty("url").GetString()!;
        var anonymous = shared.ClientFor(null);
        var own = await Json(await anonymous.GetAsync($"{url}/weeks/{week}"), HttpStatusCode.OK);
        Assert.Contains(own.GetProperty("activities").EnumerateArray(), a => a.GetProperty("entryCode").GetString() == "GEN-COL-01");

        // they declare an autonomous activity done just now, with its proof; their référent validates it
        var now = DateTimeOffset.UtcNow;
        var declared = await Json(await anonymous.PostAsJsonAsync($"{url}/declarations", new
        {
            entryCode = "NUM-PIX-01", start = now.AddMinutes(-3), end = now.AddMinutes(-1), proofReference = "pix-attestation-2026-11",
        }), HttpStatusCode.Created);
        Assert.Equal("PENDING", declared.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await referentA.GetAsync($"/api/scheduling/programmes/{personB}/declarations?status=PENDING")).StatusCode);
        var pending = await Json(await referentB.GetAsync($"/api/scheduling/programmes/{personB}/declarations?status=PENDING"), HttpStatusCode.OK);
        var declarationId = pending.GetProperty("items").EnumerateArray().Single().GetProperty("id").GetGuid();
        var validated = await Json(await referentB.PostAsync($"/api/scheduling/declarations/{declarationId}/validate", null), HttpStatusCode.OK);
        Assert.Equal(("VALIDATED", "DONE"), (validated.GetProperty("declaration").GetProperty("status").GetString(),
            validated.GetProperty("assignment").GetProperty("status").GetString()));

        // revoked, the link answers 404 like any unknown one
        Assert.Equal(HttpStatusCode.NoContent, (await referentB.DeleteAsync($"/api/scheduling/access-links/{link.GetProperty("id").GetGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(url)).StatusCode);
    }

    /// <summary>A person registered, signed and in an intensive episode; returns their pseudonymous id once Scheduling knows them.</summary>
    private static async Task<Guid> PersonInIntensiveEpisodeAsync(HttpClient referent, string firstName)
    {
        var beneficiaryId = (await Json(await referent.PostAsJsonAsync("/api/contracts/beneficiaries",
            new { firstName, lastName = "Garcia", birthDate = "1994-05-20", territory = Territory }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var contractId = (await Json(await referent.PostAsJsonAsync("/api/contracts", new { beneficiaryId }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Json(await referent.PostAsJsonAsync($"/api/contracts/{contractId}/intensive-episodes",
            new { plannedEndDate = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(4) }), HttpStatusCode.Created);
        var portfolio = await Eventually.MatchAsync(() => referent.GetFromJsonAsync<JsonElement>("/api/scheduling/portfolio"),
            p => p.EnumerateArray().Any(e => e.GetProperty("contractId").GetGuid() == contractId));
        return portfolio.EnumerateArray().Single(e => e.GetProperty("contractId").GetGuid() == contractId).GetProperty("beneficiaryId").GetGuid();
    }

    private static string IsoWeekOf(DateTimeOffset instant)
    {
        var paris = TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).DateTime;
        return $"{ISOWeek.GetYear(paris)}-W{ISOWeek.GetWeekOfYear(paris):00}";
    }
}
