using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Hosting.Identity;
using Intensif.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Intensif.EndToEnd.Tests;

/// <summary>
/// The operator dashboard in a real browser, on the shared running platform: log in with the printed token, see every
/// resource Running, follow a walking-skeleton request across services in its trace, see a metric chart.
/// </summary>
[Collection(SharedPlatformCollection.Name)]
public sealed class DashboardBrowserTests(SharedPlatform shared)
{
    private const int Resources = 13;   // postgres, 5 databases, messaging, 5 services, gateway

    [Fact]
    public async Task An_operator_logs_in_sees_every_resource_running_follows_a_request_across_services_and_sees_a_metric_chart()
    {
        await using var browser = await DashboardBrowser.StartAsync();
        var page = browser.Page;

        await page.GotoAsync(DashboardBrowser.LoginUrl(shared.Platform.Output));
        var rows = page.Locator("#resources tbody tr");
        await Expect(rows).ToHaveCountAsync(Resources);
        await Expect(page.Locator("#resources tbody td.state-Running")).ToHaveCountAsync(Resources);

        var traceId = await SignAContractAsync();
        await page.GotoAsync(Dashboard($"/traces?id={traceId}"));
        // spans arrive from each service within a couple of seconds (1 s batch delay in Development)
        await Expect(page.Locator("#trace-resources .chip", new() { HasText = "gateway" })).ToHaveCountAsync(1);
        await Expect(page.Locator("#trace-resources .chip", new() { HasText = "contracts-api" })).ToHaveCountAsync(1);
        await Expect(page.Locator("#trace-resources .chip", new() { HasText = "indicators-api" })).ToHaveCountAsync(1);
        Assert.True(await page.Locator("#trace-resources .chip").CountAsync() >= 3);
        await page.Locator(".span-row", new() { HasText = "POST /api/contracts" }).Last.ClickAsync();
        await Expect(page.Locator("#details")).ToContainTextAsync("http.route");

        await page.GotoAsync(Dashboard("/metrics?resource=gateway&instrument=Microsoft.AspNetCore.Hosting%7Chttp.server.request.duration"));
        await Expect(page.Locator("svg.chart polyline").First).ToBeAttachedAsync();
        await Expect(page.Locator("#values tbody tr").First).ToContainTextAsync("http.route");
    }

    private string Dashboard(string path) => $"http://127.0.0.1:{shared.Platform.Ports.Dashboard}{path}";

    /// <summary>POST /api/contracts through the gateway under a trace id of our own (W3C traceparent), as a browser would start one.</summary>
    private async Task<string> SignAContractAsync()
    {
        var organisme = TestTokens.NewOrganisme();
        using var referent = shared.ClientFor(new PlatformUser("referent-dash", "Référente", organisme, "organisme", "referent", ["13"]));
        var person = await referent.PostAsJsonAsync("/api/contracts/beneficiaries",
            new { firstName = "Inès", lastName = "Moreau", birthDate = "1990-02-03", territory = "13" });
        Assert.Equal(HttpStatusCode.Created, person.StatusCode);
        var beneficiaryId = (await person.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        using var sign = new HttpRequestMessage(HttpMethod.Post, "/api/contracts") { Content = JsonContent.Create(new { beneficiaryId }) };
        sign.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        var contract = await referent.SendAsync(sign);
        Assert.Equal(HttpStatusCode.Created, contract.StatusCode);
        return traceId;
    }
}
