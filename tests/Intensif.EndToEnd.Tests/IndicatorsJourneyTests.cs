using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Intensif.Hosting.Identity;
using Intensif.Testing;
using static Intensif.EndToEnd.Tests.GatewayAnswers;

namespace Intensif.EndToEnd.Tests;

/// <summary>
/// Issue 7 through the gateway of the running platform: what référents enter in Contracts reaches the organisme's
/// indicators through RabbitMQ, as figures for its manager, a CSV export, and a satisfaction answer — and nothing of it
/// is visible to another organisme.
/// </summary>
[Collection(SharedPlatformCollection.Name)]
public sealed class IndicatorsJourneyTests(SharedPlatform shared)
{
    private static decimal? ValueOf(JsonElement figures, string? category = null) =>
        figures.GetProperty("rows").EnumerateArray()
            .Where(r => category is null || r.GetProperty("category").GetString() == category)
            .Select(r => r.GetProperty("value"))
            .Where(v => v.ValueKind == JsonValueKind.Number)
            .Select(v => (decimal?)v.GetDecimal())
            .Sum();

    [Fact]
    public async Task Episodes_signed_and_ended_through_the_gateway_become_the_organismes_indicators_and_exports()
    {
        var organisme = TestTokens.NewOrganisme();
        var referent = shared.ClientFor(new PlatformUser("ref-ind", "Julie Garcia", organisme, "organisme", "referent", ["34"]));
        var manager = shared.ClientFor(new PlatformUser("mgr-ind", "Marc Lopez", organisme, "organisme", "manager", ["34"]));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var month = today.ToString("yyyy-MM");

        var episodes = new List<(Guid Contract, Guid Episode)>();
        foreach (var (first, last) in new[] { ("Sofia", "Blanc"), ("Hugo", "Faure"), ("Emma", "Girard") })
        {
            var beneficiaryId = (await Json(await referent.PostAsJsonAsync("/api/contracts/beneficiaries",
                new { firstName = first, lastName = last, birthDate = "1988-02-10", territory = "34" }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
            var contractId = (await Json(await referent.PostAsJsonAsync("/api/contracts", new { beneficiaryId }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
            var episodeId = (await Json(await referent.PostAsJsonAsync($"/api/contracts/{contractId}/intensive-episodes",
                new { plannedEndDate = today.AddMonths(4) }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
            episodes.Add((contractId, episodeId));
        }
        var (exitedContract, exitedEpisode) = episodes[0];
        await Json(await referent.PostAsJsonAsync($"/api/contracts/{exitedContract}/intensive-episodes/{exitedEpisode}/exit",
            new { exitType = "RETOUR_DROIT_COMMUN", barriersAtExit = Array.Empty<object>() }), HttpStatusCode.OK);

        var entries = await Eventually.MatchAsync(
            async () => await Json(await manager.GetAsync($"/api/indicators/organismes/{organisme}/RPE_ENTRIES?from={month}&to={month}"), HttpStatusCode.OK),
            figures => ValueOf(figures) == 3m);
        var exits = await Eventually.MatchAsync(
            async () => await Json(await manager.GetAsync($"/api/indicators/organismes/{organisme}/RPE_EXITS_BY_REASON?from={month}&to={month}"), HttpStatusCode.OK),
            figures => ValueOf(figures, "RETOUR_DROIT_COMMUN") == 1m);
        var inProgress = await Json(await manager.GetAsync($"/api/indicators/organismes/{organisme}/RPE_IN_PROGRESS?from={month}&to={month}"), HttpStatusCode.OK);

        // the person who left found a CDI: one person of the three of this month's cohort has accessed employment (I4)
        var signedOn = (await Json(await referent.GetAsync($"/api/contracts/{exitedContract}"), HttpStatusCode.OK)).GetProperty("signedOn").GetString();
        await Json(await referent.PostAsJsonAsync($"/api/contracts/{exitedContract}/employment-outcomes",
            new { contractKind = "CDI", startDate = signedOn, weeklyHours = 35, source = "EXIT" }), HttpStatusCode.Created);
        var access = await Eventually.MatchAsync(
            async () => await Json(await manager.GetAsync($"/api/indicators/organismes/{organisme}/I4_EMPLOYMENT_ACCESS?from={month}&to={month}"), HttpStatusCode.OK),
            figures => ValueOf(figures) == 33.3m);

        Assert.Equal(3m, ValueOf(entries));
        Assert.Equal(1m, ValueOf(exits));
        Assert.Equal(2m, ValueOf(inProgress));
        Assert.Equal(33.3m, ValueOf(access));
        Assert.DoesNotContain(exitedEpisode.ToString(), entries.GetRawText());

        // the export a manager opens in French spreadsheet software
        var csv = await manager.GetAsync($"/api/indicators/organismes/{organisme}/RPE_ENTRIES?from={month}&to={month}&format=csv&separator=semicolon&decimal=comma");
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.StartsWith("code;version;unit;scope;breakdown;period;group;category;value;masked", Encoding.UTF8.GetString(bytes[3..]));

        // the person who left answers the anonymous survey; the answer counts once, even when retried
        var key = Guid.NewGuid().ToString();
        HttpRequestMessage Answer() => new(HttpMethod.Post, $"/api/indicators/organismes/{organisme}/episodes/{exitedEpisode}/satisfaction-answers")
        {
            Content = JsonContent.Create(new { score = 4, comment = "Un accompagnement utile" }),
            Headers = { { "Idempotency-Key", key } },
        };
        var answered = await Eventually.MatchAsync(() => referent.SendAsync(Answer()), r => r.StatusCode == HttpStatusCode.Created);
        var retried = await referent.SendAsync(Answer());
        Assert.Equal(HttpStatusCode.Created, answered.StatusCode);
        Assert.Equal("true", retried.Headers.GetValues("Idempotent-Replayed").Single());

        var otherManager = shared.ClientFor(new PlatformUser("mgr-ind-x", "Autre", TestTokens.NewOrganisme(), "organisme", "manager", ["34"]));
        Assert.Equal(HttpStatusCode.NotFound, (await otherManager.GetAsync($"/api/indicators/organismes/{organisme}/RPE_ENTRIES")).StatusCode);
    }
}
