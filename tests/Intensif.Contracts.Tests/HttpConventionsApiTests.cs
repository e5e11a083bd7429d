using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Contracts.Api.Infrastructure;
using Intensif.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intensif.Contracts.Tests;

/// <summary>The contracts service's use of the platform's HTTP conventions: Idempotency-Key, ETag/If-Match, OpenAPI examples.</summary>
public sealed class HttpConventionsApiTests : IAsyncLifetime
{
    private ServiceApp<ContractsDbContext> _app = null!;
    private readonly string _organisme = TestTokens.NewOrganisme();

    public async Task InitializeAsync() => _app = await ServiceApp<ContractsDbContext>.StartAsync("contractsdb");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private static HttpRequestMessage Post(string path, object body, string? idempotencyKey = null, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    private static readonly object Person = new { firstName = "Inès", lastName = "Garnier", birthDate = "1994-04-04", territory = "34" };

    [Fact]
    public async Task Registering_a_person_twice_with_one_Idempotency_Key_creates_one_and_replays_the_first_answer()
    {
        var referent = _app.ClientFor(TestTokens.Referent(_organisme));
        var key = Guid.NewGuid().ToString();

        var first = await Json(await referent.SendAsync(Post("/api/contracts/beneficiaries", Person, key)), HttpStatusCode.Created);
        var retry = await referent.SendAsync(Post("/api/contracts/beneficiaries", Person, key));
        var replayed = await Json(retry, HttpStatusCode.Created);

        Assert.Equal(first.GetProperty("id").GetGuid(), replayed.GetProperty("id").GetGuid());
        Assert.True(retry.Headers.TryGetValues("Idempotent-Replayed", out var values) && values.Single() == "true");
        await using var scope = _app.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<ContractsDbContext>().Beneficiaries.CountAsync(b => b.OrganismeId == _organisme));
    }

    [Fact]
    public async Task A_contract_answers_its_revision_as_ETag_and_a_write_with_a_stale_If_Match_is_412_and_writes_nothing()
    {
        var referent = _app.ClientFor(TestTokens.Referent(_organisme));
        var person = (await Json(await referent.PostAsJsonAsync("/api/contracts/beneficiaries", Person), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var id = (await Json(await referent.PostAsJsonAsync("/api/contracts", new { beneficiaryId = person }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var read = await referent.GetAsync($"/api/contracts/{id}");
        var etag = read.Headers.ETag!.Tag;
        var amendment = new { weeklyDuration = new { regime = "STANDARD" }, reason = "Point d'étape" };

        var stale = await Json(await referent.SendAsync(Post($"/api/contracts/{id}/amendments", amendment, ifMatch: "\"7\"")), HttpStatusCode.PreconditionFailed);
        var versionsAfterStale = (await Json(await referent.GetAsync($"/api/contracts/{id}/versions"), HttpStatusCode.OK)).GetArrayLength();
        var fresh = await referent.SendAsync(Post($"/api/contracts/{id}/amendments", amendment, ifMatch: etag));
        await Json(fresh, HttpStatusCode.OK);

        Assert.Equal("\"1\"", etag);
        Assert.Equal("stale-etag", stale.GetProperty("code").GetString());
        Assert.Equal(1, versionsAfterStale);
        Assert.Equal("\"2\"", fresh.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task The_openapi_document_shows_idempotency_if_match_and_examples_on_the_main_endpoints()
    {
        var document = await _app.ClientFor(TestTokens.Referent(_organisme)).GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        JsonElement Operation(string path, string method) => paths.EnumerateObject().Single(p => p.Name.TrimEnd('/') == path).Value.GetProperty(method);
        static bool HasHeader(JsonElement op, string name) => op.GetProperty("parameters").EnumerateArray().Any(p => p.GetProperty("name").GetString() == name);

        var register = Operation("/api/contracts/beneficiaries", "post");
        var amend = Operation("/api/contracts/{id}/amendments", "post");

        Assert.True(HasHeader(register, "Idempotency-Key"));
        Assert.Equal("RSA", register.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("example")
            .GetProperty("publics")[0].GetString());
        Assert.True(HasHeader(amend, "If-Match"));
        Assert.True(HasHeader(Operation("/api/contracts/beneficiaries/{id}/orientations", "post"), "Idempotency-Key"));
        Assert.True(HasHeader(Operation("/api/contracts/{id}/plan", "put"), "If-Match"));
    }

    [Fact]
    public async Task Every_contracts_operation_shows_an_example_of_its_json_request_and_success_answer()
    {
        var document = await _app.ClientFor(null).GetFromJsonAsync<JsonElement>("/openapi/v1.json");
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
        Assert.True(checkedBodies >= 30, $"only {checkedBodies} JSON bodies were found in the document");
    }
}
