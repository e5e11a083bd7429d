using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Gateway.Extensions;
using Intensif.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Intensif.Platform.Tests.Gateway;

public sealed class GatewayTests : IAsyncLifetime
{
    private Backend _first = null!;
    private Backend _second = null!;
    private WebApplicationFactory<ServiceProxyConfigProvider> _gateway = null!;

    public async Task InitializeAsync()
    {
        _first = await Backend.StartAsync("replica-0");
        _second = await Backend.StartAsync("replica-1");
        _gateway = new WebApplicationFactory<ServiceProxyConfigProvider>().WithWebHostBuilder(b =>
        {
            // exactly what the AppHost injects for a project with two replicas
            b.UseSetting("services:contracts-api:http:0", _first.Address);
            b.UseSetting("services:contracts-api:http:1", _second.Address);
            b.UseSetting("services:scheduling-api:http:0", _first.Address);
            b.UseSetting("Jwt:SigningKey", TestTokens.SigningKey);
        });
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _first.DisposeAsync();
        await _second.DisposeAsync();
    }

    [Fact]
    public async Task A_request_without_a_valid_token_is_refused_at_the_gateway_and_never_reaches_the_service()
    {
        var client = _gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");

        var anonymous = await _gateway.CreateClient().GetAsync("/api/contracts/beneficiaries");
        var forged = await client.GetAsync("/api/contracts/beneficiaries");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(0, _first.Hits + _second.Hits);
    }

    [Fact]
    public async Task An_authorised_request_is_forwarded_with_its_token_and_trace_context_across_the_replicas()
    {
        var client = _gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Referent(TestTokens.NewOrganisme()));
        var traceId = ActivityTraceId.CreateRandom();
        var seen = new HashSet<string>();

        for (var i = 0; i < 4; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/contracts/beneficiaries/42");
            request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
            var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("/api/contracts/beneficiaries/42", body.GetProperty("path").GetString());
            Assert.True(body.GetProperty("authorized").GetBoolean());
            Assert.Contains(traceId.ToString(), body.GetProperty("traceparent").GetString());
            seen.Add(body.GetProperty("backend").GetString()!);
        }

        Assert.Equal(["replica-0", "replica-1"], seen.Order());
    }

    [Fact]
    public async Task Each_services_openapi_document_and_the_api_page_are_served_without_a_token()
    {
        var client = _gateway.CreateClient();

        var document = await client.GetAsync("/openapi/contracts.json");
        var page = await client.GetAsync("/api-docs/index.html");
        var pageConfig = await client.GetStringAsync("/api-docs/index.js");

        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.Equal("3.1.0", (await document.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("openapi").GetString());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain("https://", await page.Content.ReadAsStringAsync());   // every asset is local: works offline
        Assert.Contains("/openapi/indicators.json", pageConfig);
    }

    [Fact]
    public async Task A_calendar_feed_url_needs_no_token_but_the_rest_of_the_service_does()
    {
        var anonymous = _gateway.CreateClient();

        var feed = await anonymous.GetAsync("/api/scheduling/feeds/s3cr3t.ics");
        var interviews = await anonymous.GetAsync("/api/scheduling/interviews");
        var feedPost = await anonymous.PostAsync("/api/scheduling/feeds/s3cr3t.ics", null);

        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal("/api/scheduling/feeds/s3cr3t.ics", (await feed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("path").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, interviews.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, feedPost.StatusCode);
    }

    [Fact]
    public async Task A_personal_access_link_needs_no_token_to_read_or_declare_but_revoking_one_does()
    {
        var anonymous = _gateway.CreateClient();

        var programme = await anonymous.GetAsync("/api/scheduling/me/s3cr3t");
        var week = await anonymous.GetAsync("/api/scheduling/me/s3cr3t/weeks/2026-W48");
        var declaration = await anonymous.PostAsJsonAsync("/api/scheduling/me/s3cr3t/declarations", new { entryCode = "TRE-CAND-01" });
        var revoke = await anonymous.DeleteAsync($"/api/scheduling/access-links/{Guid.NewGuid()}");
        var issue = await anonymous.PostAsync($"/api/scheduling/programmes/{Guid.NewGuid()}/access-links", null);

        Assert.Equal(HttpStatusCode.OK, programme.StatusCode);
        Assert.Equal("/api/scheduling/me/s3cr3t/weeks/2026-W48", (await week.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("path").GetString());
        Assert.Equal(HttpStatusCode.OK, declaration.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, issue.StatusCode);
    }

    [Fact]
    public async Task A_path_of_a_service_without_an_address_answers_404_not_500()
    {
        var client = _gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Manager(TestTokens.NewOrganisme()));

        var response = await client.GetAsync("/api/indicators/organismes/x/active-contracts");

        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
