using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Hosting.Identity;
using Intensif.Hosting.Processes;
using Intensif.Testing;

namespace Intensif.EndToEnd.Tests;

/// <summary>
/// The flow of the platform foundation, through the gateway of the real platform (AppHost, PostgreSQL, RabbitMQ,
/// five services): a référent registers a person and signs a contract; Indicators counts it for the organisme;
/// its manager reads the count, another organisme's manager does not see it. Then Ctrl+C, and a second run.
/// </summary>
public sealed class WalkingSkeletonTests : IAsyncLifetime
{
    private readonly string _state = Path.Combine(Path.GetTempPath(), "intensif-e2e-" + Guid.NewGuid().ToString("N")[..8]);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        try { Directory.Delete(_state, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_signed_contract_reaches_the_organismes_indicators_through_the_gateway_and_survives_a_restart()
    {
        var ports = PlatformPorts.Free();
        var organisme = TestTokens.NewOrganisme();
        string countUrl = $"/api/indicators/organismes/{organisme}/active-contracts";

        await using (var platform = await PlatformProcess.StartAsync(ports, _state))
        {
            var referent = Client(platform, Referent(organisme));
            var manager = Client(platform, Manager(organisme));
            var otherManager = Client(platform, Manager(TestTokens.NewOrganisme()));

            Assert.Equal(HttpStatusCode.Unauthorized, (await Client(platform, null).GetAsync(countUrl)).StatusCode);

            var person = await referent.PostAsJsonAsync("/api/contracts/beneficiaries",
                new { firstName = "Samir", lastName = "Benali", birthDate = "1985-06-01", territory = "13" });
            Assert.Equal(HttpStatusCode.Created, person.StatusCode);
            var beneficiaryId = (await person.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            var contract = await referent.PostAsJsonAsync("/api/contracts", new { beneficiaryId });
            Assert.Equal(HttpStatusCode.Created, contract.StatusCode);

            var count = await Eventually.MatchAsync(() => ActiveContractsAsync(manager, countUrl), c => c == 1);
            Assert.Equal(1, count);
            Assert.Equal(HttpStatusCode.NotFound, (await otherManager.GetAsync(countUrl)).StatusCode);

            var openApi = await Client(platform, null).GetAsync("/openapi/contracts.json");
            Assert.Equal(HttpStatusCode.OK, openApi.StatusCode);
            Assert.Contains("/api/contracts/beneficiaries", await openApi.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, (await Client(platform, null).GetAsync("/api-docs/index.html")).StatusCode);

            Assert.Equal(0, await platform.StopAsync());
        }
        await AssertNothingLeftAsync(ports);

        await using (var again = await PlatformProcess.StartAsync(ports, _state))
        {
            Assert.Equal(1, await ActiveContractsAsync(Client(again, Manager(organisme)), countUrl));
            Assert.Equal(0, await again.StopAsync());
        }
        await AssertNothingLeftAsync(ports);
    }

    private static async Task<int> ActiveContractsAsync(HttpClient manager, string url) =>
        (await manager.GetFromJsonAsync<JsonElement>(url)).GetProperty("activeContracts").GetInt32();

    private static Func<DevTokenIssuer, string> Referent(string organisme) =>
        issuer => issuer.Mint(new PlatformUser("referent-e2e", "Référente E2E", organisme, "organisme", "referent", ["13"]), TimeSpan.FromMinutes(30));

    private static Func<DevTokenIssuer, string> Manager(string organisme) =>
        issuer => issuer.Mint(new PlatformUser("manager-" + organisme, "Manager", organisme, "organisme", "manager", ["13"]), TimeSpan.FromMinutes(30));

    private static HttpClient Client(PlatformProcess platform, Func<DevTokenIssuer, string>? token)
    {
        var client = new HttpClient { BaseAddress = platform.Gateway, Timeout = TimeSpan.FromSeconds(30) };
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token(platform.Tokens));
        return client;
    }

    /// <summary>Ctrl+C leaves no server and no port behind.</summary>
    private static async Task AssertNothingLeftAsync(PlatformPorts ports)
    {
        var busy = await Eventually.MatchAsync(() => Task.FromResult(ports.All.Where(p => !Ports.IsFree(p)).ToList()), b => b.Count == 0, TimeSpan.FromSeconds(20));
        Assert.Empty(busy);
    }
}
