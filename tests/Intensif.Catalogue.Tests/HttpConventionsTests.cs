using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Catalogue.Api.Infrastructure;
using Intensif.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intensif.Catalogue.Tests;

/// <summary>The catalogue's use of the platform's HTTP conventions: Idempotency-Key on creation, ETag/If-Match on writes.</summary>
public sealed class HttpConventionsTests : IAsyncLifetime
{
    private ServiceApp<CatalogueDbContext> _app = null!;

    public async Task InitializeAsync() => _app = await ServiceApp<CatalogueDbContext>.StartAsync("cataloguedb");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<int> AuditCountAsync(string code)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CatalogueDbContext>().Audit.CountAsync(a => a.Stream == code);
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, object? body = null, string? ifMatch = null, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return request;
    }

    [Fact]
    public async Task Creating_an_entry_again_with_the_same_idempotency_key_replays_the_first_answer_and_writes_nothing()
    {
        var manager = _app.ClientFor(TestTokens.Manager(TestTokens.NewOrganisme()));
        var key = Guid.NewGuid().ToString();

        var first = await manager.SendAsync(Request(HttpMethod.Post, "/api/catalogue/entries", CatalogueApiTests.Workshop("LOC-IDEM-01"), idempotencyKey: key));
        var retry = await manager.SendAsync(Request(HttpMethod.Post, "/api/catalogue/entries", CatalogueApiTests.Workshop("LOC-IDEM-01"), idempotencyKey: key));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.True(retry.Headers.TryGetValues("Idempotent-Replayed", out var replayed) && replayed.Single() == "true");
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal(1, await AuditCountAsync("LOC-IDEM-01"));
    }

    [Fact]
    public async Task An_entry_answers_its_version_as_etag_and_a_write_with_a_stale_if_match_is_a_412_that_changes_nothing()
    {
        var manager = _app.ClientFor(TestTokens.Manager(TestTokens.NewOrganisme()));
        await manager.PostAsJsonAsync("/api/catalogue/entries", CatalogueApiTests.Workshop("LOC-ETAG-01"));

        var read = await manager.GetAsync("/api/catalogue/entries/LOC-ETAG-01");
        var etag = read.Headers.ETag!.Tag;
        var revised = await manager.SendAsync(Request(HttpMethod.Put, "/api/catalogue/entries/LOC-ETAG-01",
            CatalogueApiTests.Workshop("LOC-ETAG-01", "Atelier numérique révisé"), ifMatch: etag));
        var stalePublish = await manager.SendAsync(Request(HttpMethod.Post, "/api/catalogue/entries/LOC-ETAG-01/publish", ifMatch: etag));
        var entry = await manager.GetFromJsonAsync<JsonElement>("/api/catalogue/entries/LOC-ETAG-01");

        Assert.Equal("\"1\"", etag);
        Assert.Equal(HttpStatusCode.OK, revised.StatusCode);
        Assert.Equal("\"2\"", revised.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stalePublish.StatusCode);
        Assert.Equal("DRAFT", entry.GetProperty("status").GetString());
        Assert.Equal(2, await AuditCountAsync("LOC-ETAG-01"));
    }

    [Fact]
    public async Task Every_catalogue_operation_shows_an_example_of_its_json_request_and_success_answer()
    {
        var document = await _app.ClientFor(null).GetFromJsonAsync<System.Text.Json.JsonElement>("/openapi/v1.json");
        var missing = new List<string>();
        var checkedBodies = 0;

        foreach (var path in document.GetProperty("paths").EnumerateObject())
            foreach (var operation in path.Value.EnumerateObject())
            {
                var name = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                if (operation.Value.TryGetProperty("requestBody", out var body) && body.GetProperty("content").TryGetProperty("application/json", out var request)
                    && ++checkedBodies > 0 && !request.TryGetProperty("example", out _))
                    missing.Add($"{name} request");
                foreach (var response in operation.Value.GetProperty("responses").EnumerateObject().Where(r => r.Name.StartsWith('2')))
                    if (response.Value.TryGetProperty("content", out var content) && content.TryGetProperty("application/json", out var json)
                        && ++checkedBodies > 0 && !json.TryGetProperty("example", out _))
                        missing.Add($"{name} {response.Name}");
            }

        Assert.Empty(missing);
        Assert.True(checkedBodies >= 15, $"only {checkedBodies} JSON bodies were found in the document");
    }
}
