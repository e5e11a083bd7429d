using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace PlatformLoad;

/// <summary>
/// What the benchmark needs of the running platform: the gateway, the contracts service's own address (to compare
/// with the gateway), and the connection strings of the contracts and indicators databases (to time events from the
/// outbox row to the consumer's inbox row), all read from the operator dashboard like an operator would.
/// </summary>
public sealed record Platform(Uri Gateway, Uri ContractsDirect, string ContractsDb, string IndicatorsDb)
{
    public static async Task<Platform> DiscoverAsync(Uri gateway, Uri dashboardLogin)
    {
        var cookies = new CookieContainer();
        using var dashboard = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = new Uri(dashboardLogin.GetLeftPart(UriPartial.Authority)) };
        (await dashboard.GetAsync(dashboardLogin)).EnsureSuccessStatusCode();
        var resources = await dashboard.GetFromJsonAsync<JsonElement>("/api/resources");
        JsonElement Instance(string resource) => resources.EnumerateArray().First(r => r.GetProperty("resourceName").GetString() == resource);
        var direct = new Uri(Instance("contracts-api").GetProperty("urls").EnumerateArray().First().GetString()!);
        async Task<string> Variable(string resource, string name) =>
            (await dashboard.GetFromJsonAsync<JsonElement>($"/api/resources/{Instance(resource).GetProperty("name").GetString()}/environment/{name}"))
            .GetProperty("value").GetString()!;
        return new Platform(gateway, direct,
            await Variable("contracts-api", "ConnectionStrings__contractsdb"),
            await Variable("indicators-api", "ConnectionStrings__indicatorsdb"));
    }

    public static HttpClient Client(Uri baseAddress, string token)
    {
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
