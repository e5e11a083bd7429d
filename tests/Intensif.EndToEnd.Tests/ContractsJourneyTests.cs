using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Hosting.Identity;
using Intensif.Testing;
using static Intensif.EndToEnd.Tests.GatewayAnswers;

namespace Intensif.EndToEnd.Tests;

/// <summary>
/// Issue 3 through the gateway of the real platform: a référent signs a contract and starts an intensive episode,
/// hands the person over to a colleague (passation), who records the exit; the manager reads the whole history.
/// </summary>
[Collection(SharedPlatformCollection.Name)]
public sealed class ContractsJourneyTests(SharedPlatform platform)
{
    [Fact]
    public async Task Contract_intensive_episode_passation_and_exit_through_the_gateway()
    {
        var organisme = TestTokens.NewOrganisme();
        var first = platform.ClientFor(new PlatformUser("ref-a", "Awa Diallo", organisme, "organisme", "referent", ["34"]));
        var second = platform.ClientFor(new PlatformUser("ref-b", "Bruno Petit", organisme, "organisme", "referent", ["34"]));
        var manager = platform.ClientFor(new PlatformUser("mgr", "Claire Petit", organisme, "organisme", "manager", ["34"]));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var beneficiaryId = (await Json(await first.PostAsJsonAsync("/api/contracts/beneficiaries",
            new { firstName = "Samir", lastName = "Benali", birthDate = "1985-06-01", territory = "34" }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var contractId = (await Json(await first.PostAsJsonAsync("/api/contracts", new { beneficiaryId }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var episodeId = (await Json(await first.PostAsJsonAsync($"/api/contracts/{contractId}/intensive-episodes",
            new { plannedEndDate = today.AddMonths(4) }), HttpStatusCode.Created)).GetProperty("id").GetGuid();

        await Json(await first.PostAsJsonAsync($"/api/contracts/beneficiaries/{beneficiaryId}/referent-changes",
            new { toReferentId = "ref-b", reason = "MOBILITE", handoverNote = "Atelier CV en cours, entretien prévu" }), HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.NotFound, (await first.GetAsync($"/api/contracts/{contractId}")).StatusCode);

        var ended = await Json(await second.PostAsJsonAsync($"/api/contracts/{contractId}/intensive-episodes/{episodeId}/exit",
            new { exitType = "RETOUR_DROIT_COMMUN", barriersAtExit = new[] { new { type = "LOGEMENT", level = "FORT" } } }), HttpStatusCode.OK);
        Assert.Equal("ENDED", ended.GetProperty("status").GetString());

        var versions = await Json(await manager.GetAsync($"/api/contracts/{contractId}/versions"), HttpStatusCode.OK);
        Assert.Equal(["SIGNED", "ACTIVATED", "INTENSIVE_STARTED", "REFERENT_CHANGED", "INTENSIVE_ENDED"],
            versions.EnumerateArray().Select(v => v.GetProperty("change").GetString()));
        var contract = await Json(await manager.GetAsync($"/api/contracts/{contractId}"), HttpStatusCode.OK);
        Assert.Equal(("ref-b", "ACTIVE"), (contract.GetProperty("referentId").GetString(), contract.GetProperty("status").GetString()));
        var otherManager = platform.ClientFor(new PlatformUser("mgr-x", "Autre", TestTokens.NewOrganisme(), "organisme", "manager", ["34"]));
        Assert.Equal(HttpStatusCode.NotFound, (await otherManager.GetAsync($"/api/contracts/{contractId}/versions")).StatusCode);
    }
}
