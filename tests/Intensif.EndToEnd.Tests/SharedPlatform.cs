using System.Net.Http.Headers;
using Intensif.Hosting.Identity;

namespace Intensif.EndToEnd.Tests;

/// <summary>
/// One running platform shared by the end-to-end tests of the <see cref="SharedPlatformCollection"/> (starting it costs
/// about 20 s). Tests isolate themselves with their own organismes (TestTokens.NewOrganisme()).
/// </summary>
public sealed class SharedPlatform : IAsyncLifetime
{
    private readonly string _state = Path.Combine(Path.GetTempPath(), "intensif-e2e-shared-" + Guid.NewGuid().ToString("N")[..8]);

    public PlatformProcess Platform { get; private set; } = null!;

    public async Task InitializeAsync() => Platform = await PlatformProcess.StartAsync(PlatformPorts.Free(), _state);

    public async Task DisposeAsync()
    {
        await Platform.StopAsync();
        await Platform.DisposeAsync();
        try { Directory.Delete(_state, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    /// <summary>A client of the gateway acting as <paramref name="user"/> (anonymous when null).</summary>
    public HttpClient ClientFor(PlatformUser? user)
    {
        var client = new HttpClient { BaseAddress = Platform.Gateway, Timeout = TimeSpan.FromSeconds(30) };
        if (user is not null)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Platform.Tokens.Mint(user, TimeSpan.FromHours(1)));
        return client;
    }
}

[CollectionDefinition(Name)]
public sealed class SharedPlatformCollection : ICollectionFixture<SharedPlatform>
{
    public const string Name = "shared platform";
}
