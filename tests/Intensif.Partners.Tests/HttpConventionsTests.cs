using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Partners.Api.Infrastructure;
using Intensif.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intensif.Partners.Tests;

/// <summary>Idempotency-Key on creating POSTs and ETag/If-Match on sessions and structures (docs/http-conventions.md).</summary>
public sealed class HttpConventionsTests : IAsyncLifetime
{
    private ServiceApp<PartnersDbContext> _app = null!;

    public async Task InitializeAsync() => _app = await ServiceApp<PartnersDbContext>.StartAsync("partnersdb");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static HttpRequestMessage Request(HttpMethod method, string url, object? body, string? idempotencyKey = null, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    [Fact]
    public async Task A_referral_retried_with_the_same_Idempotency_Key_is_sent_once()
    {
        var session = await _app.PublishSessionAsync(await _app.RegisterStructureAsync());
        var referent = _app.ClientFor(TestTokens.Referent("ft-34", territory: "34"));
        var body = new { sessionId = session, beneficiaryId = Guid.NewGuid(), personName = "Samir B.", consentGiven = true };
        var key = Guid.NewGuid().ToString();

        var first = await referent.SendAsync(Request(HttpMethod.Post, "/api/partners/referrals", body, key));
        var retry = await referent.SendAsync(Request(HttpMethod.Post, "/api/partners/referrals", body, key));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal((await first.JsonAsync()).GetProperty("id").GetGuid(), (await retry.JsonAsync()).GetProperty("id").GetGuid());
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        await using var scope = _app.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<PartnersDbContext>().Referrals.CountAsync());
    }

    [Fact]
    public async Task A_session_changed_with_a_stale_ETag_is_refused_with_412_and_left_as_it_was()
    {
        var structure = await _app.RegisterStructureAsync();
        var session = await _app.PublishSessionAsync(structure, PartnersClient.Session(capacity: 3));
        var partner = _app.ClientFor(PartnerTokens.For(structure));
        var read = await partner.GetAsync($"/api/partners/sessions/{session}");
        var etag = read.Headers.ETag!.Tag;
        // a referral accepted meanwhile takes a seat: the session's version moves
        var referral = await _app.ClientFor(TestTokens.Referent("ft-34", territory: "34")).PostAsJsonAsync("/api/partners/referrals",
            new { sessionId = session, beneficiaryId = Guid.NewGuid(), personName = "Samir B.", consentGiven = true });
        await partner.PostAsync($"/api/partners/referrals/{(await referral.JsonAsync()).GetProperty("id").GetGuid()}/accept", null);

        var stale = await partner.SendAsync(Request(HttpMethod.Put, $"/api/partners/sessions/{session}", PartnersClient.Session(capacity: 1), ifMatch: etag));
        var current = (await partner.GetAsync($"/api/partners/sessions/{session}")).Headers.ETag!.Tag;
        var fresh = await partner.SendAsync(Request(HttpMethod.Put, $"/api/partners/sessions/{session}", PartnersClient.Session(capacity: 5), ifMatch: current));

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("stale-etag", (await stale.JsonAsync()).GetProperty("code").GetString());
        Assert.NotEqual(etag, current);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Equal(4, (await fresh.JsonAsync()).GetProperty("seatsLeft").GetInt32());
        Assert.NotEqual(current, fresh.Headers.ETag!.Tag);
        Assert.Equal(["SessionPublished", "SessionUpdated"], await _app.OutboxTypesAsync(session));
    }

    [Fact]
    public async Task A_structure_updated_with_a_stale_ETag_is_refused_with_412()
    {
        var structure = await _app.RegisterStructureAsync();
        var partner = _app.ClientFor(PartnerTokens.For(structure));
        var etag = (await partner.GetAsync($"/api/partners/structures/{structure}")).Headers.ETag!.Tag;
        var profile = new { name = "Mobilité 34", type = "ASSOCIATION_MOBILITE", territories = new[] { "34" }, dataSharingAgreementSigned = true };
        var first = await partner.SendAsync(Request(HttpMethod.Put, $"/api/partners/structures/{structure}", profile, ifMatch: etag));

        var second = await partner.SendAsync(Request(HttpMethod.Put, $"/api/partners/structures/{structure}", profile, ifMatch: etag));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, second.StatusCode);
        Assert.Equal(first.Headers.ETag!.Tag, (await partner.GetAsync($"/api/partners/structures/{structure}")).Headers.ETag!.Tag);
    }

    [Fact]
    public async Task The_openapi_document_has_an_example_for_every_creating_post_and_if_match_on_changes()
    {
        var document = await _app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        JsonElement Operation(string path, string method) => paths.EnumerateObject().Single(p => p.Name.TrimEnd('/') == path).Value.GetProperty(method);

        foreach (var path in new[] { "/api/partners/structures", "/api/partners/sessions", "/api/partners/referrals",
                     "/api/partners/structures/{structureId}/invitations", "/api/partners/invitations/accept", "/api/partners/co-accompaniments" })
        {
            var post = Operation(path, "post");
            Assert.True(post.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").TryGetProperty("example", out _), path);
            Assert.Contains(post.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "Idempotency-Key");
        }
        foreach (var path in new[] { "/api/partners/structures/{id}", "/api/partners/sessions/{id}" })
            Assert.Contains(Operation(path, "put").GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "If-Match");
        Assert.Equal("LEVEE_FREINS", Operation("/api/partners/co-accompaniments", "post").GetProperty("responses").GetProperty("201")
            .GetProperty("content").GetProperty("application/json").GetProperty("example").GetProperty("role").GetString());
    }
}
