using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Intensif.EndToEnd.Tests;

/// <summary>
/// The resources page in a real browser, on the shared running platform: every resource Running, the details of one
/// (health per check, endpoints, source, environment with secrets masked then revealed, references and waits), a
/// service stopped and started with its buttons following its state, and its console log (pause, follow, download,
/// stderr marked).
/// </summary>
[Collection(SharedPlatformCollection.Name)]
public sealed class DashboardBrowserTests(SharedPlatform shared)
{
    private const int Resources = 13;   // postgres, 5 databases, messaging, 5 services, gateway
    private const string AtTheNewestLine = "() => { const l = document.getElementById('log'); return l.scrollHeight - l.scrollTop - l.clientHeight < 2; }";

    [Fact]
    public async Task An_operator_logs_in_sees_every_resource_running_and_reads_the_details_of_a_service()
    {
        await using var browser = await DashboardBrowser.LogInAsync(shared.Platform);
        var page = browser.Page;

        await Expect(page.Locator("#resources tbody tr")).ToHaveCountAsync(Resources);
        await Expect(page.Locator("#resources tbody td.state-Running")).ToHaveCountAsync(Resources);
        var row = browser.ResourceRow("contracts-api");
        await Expect(row.Locator("a")).ToHaveAttributeAsync("href", new Regex(@"^http://127\.0\.0\.1:\d+"));
        await row.ClickAsync();

        var details = page.Locator("#details");
        await Expect(details.Locator("h3")).ToContainTextAsync("contracts-api");
        await Expect(page.Locator("#details-state")).ToHaveTextAsync("Running");
        await Expect(details).ToContainTextAsync("Intensif.Contracts.Api.csproj");
        // one row per check of the service's /health, each Healthy
        var checks = details.Locator("table.health-checks tr");
        await Expect(checks.Filter(new() { HasText = "self" })).ToContainTextAsync("Healthy");
        await Expect(checks.Filter(new() { HasText = "messaging" })).ToContainTextAsync("Healthy");
        await Expect(checks.Filter(new() { HasText = "contractsdb" })).ToContainTextAsync("Healthy");
        await Expect(details.Locator("table.health-checks td.error")).ToHaveCountAsync(0);
        await Expect(details.Locator("h4:has-text('References') + p .chip")).ToHaveTextAsync(["contractsdb", "messaging"]);
        await Expect(details.Locator("h4:has-text('Waits for') + p .chip")).ToHaveTextAsync(["contractsdb", "messaging"]);

        var broker = details.Locator("table.environment tr").Filter(new() { Has = page.Locator("th", new() { HasTextRegex = new Regex("^ConnectionStrings__messaging$") }) });
        var otlpHeaders = details.Locator("table.environment tr").Filter(new() { Has = page.Locator("th", new() { HasTextRegex = new Regex("^OTEL_EXPORTER_OTLP_HEADERS$") }) });
        await Expect(broker.Locator("td.value")).ToHaveTextAsync(new Regex(@"^amqp://intensif:••••••••@127\.0\.0\.1:\d+/$"));
        await Expect(otlpHeaders.Locator("td.value")).ToHaveTextAsync("x-otlp-api-key=••••••••");
        await broker.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Expect(broker.Locator("td.value")).ToHaveTextAsync(new Regex(@"^amqp://intensif:[0-9a-f]{48}@127\.0\.0\.1:\d+/$"));
        await Expect(otlpHeaders.Locator("td.value")).ToHaveTextAsync("x-otlp-api-key=••••••••");
        await broker.GetByRole(AriaRole.Button, new() { Name = "Hide" }).ClickAsync();
        await Expect(broker.Locator("td.value")).ToContainTextAsync("••••••••");
        await browser.ScreenshotAsync("resources");

        // a server has no commands: the page says why
        await browser.ResourceRow("postgres").ClickAsync();
        await Expect(details.Locator("h3")).ToContainTextAsync("postgres");
        await Expect(details.Locator(".commands")).ToContainTextAsync("Stop the AppHost instead");
        await Expect(details.Locator(".commands button")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task An_operator_stops_and_starts_a_service_with_buttons_following_its_state_and_reads_its_console_log()
    {
        const string service = "scheduling-api";
        await using var browser = await DashboardBrowser.LogInAsync(shared.Platform);
        var page = browser.Page;
        await page.GotoAsync(browser.Url($"/?resource={service}"));
        var lines = page.Locator("#log > div");
        var start = page.Locator(".commands button[data-command=start]");
        var stop = page.Locator(".commands button[data-command=stop]");
        var restart = page.Locator(".commands button[data-command=restart]");
        var result = page.Locator("#command-result");

        await Expect(page.Locator("#details-state")).ToHaveTextAsync("Running");
        await Expect(start).ToBeDisabledAsync();
        await Expect(stop).ToBeEnabledAsync();
        await Expect(restart).ToBeEnabledAsync();
        await Expect(lines.First).ToBeVisibleAsync();
        await page.WaitForFunctionAsync(AtTheNewestLine);   // follow is on

        // paused, the view keeps what it shows while the service writes its shutdown lines
        await page.ClickAsync("#pause-log");
        await Expect(page.Locator("#pause-log")).ToHaveTextAsync("Resume");
        var lastShown = await lines.Last.GetAttributeAsync("data-seq");
        await stop.ClickAsync();
        await Expect(result).ToHaveTextAsync($"{service} stopped.");
        await Expect(result).ToHaveClassAsync("ok");
        await Expect(page.Locator("#details-state")).ToHaveTextAsync("Exited");
        await Expect(browser.ResourceRow(service).Locator("td").Nth(2)).ToHaveTextAsync(new Regex("^Exited"));
        await Expect(start).ToBeEnabledAsync();
        await Expect(stop).ToBeDisabledAsync();
        await Expect(restart).ToBeEnabledAsync();
        var held = (await browser.GetJsonAsync($"/api/resources/{service}/logs?after={lastShown}")).GetProperty("lines");
        Assert.Contains(held.EnumerateArray(), l => l.GetProperty("text").GetString()!.Contains("Application is shutting down"));
        await Expect(lines.Last).ToHaveAttributeAsync("data-seq", lastShown!);
        await page.ClickAsync("#pause-log");
        await Expect(page.Locator("#pause-log")).ToHaveTextAsync("Pause");
        await Expect(page.Locator($"#log > div[data-seq='{held[held.GetArrayLength() - 1].GetProperty("sequence")}']")).ToHaveCountAsync(1);
        await Expect(lines.Filter(new() { HasText = "Application is shutting down" })).Not.ToHaveCountAsync(0);

        // not following, the view stays where the operator scrolled while the service starts again
        await page.Locator("#follow").UncheckAsync();
        await page.Locator("#log").EvaluateAsync("l => l.scrollTop = 0");
        var listening = await lines.Filter(new() { HasText = "Now listening on" }).CountAsync();
        await start.ClickAsync();
        await Expect(result).ToContainTextAsync($"{service} started: healthy in", new() { Timeout = 180_000 });
        await Expect(page.Locator("#details-state")).ToHaveTextAsync("Running");
        await Expect(browser.ResourceRow(service).Locator("td.state-Running")).ToHaveCountAsync(1);
        await Expect(start).ToBeDisabledAsync();
        await Expect(stop).ToBeEnabledAsync();
        await Expect(lines.Filter(new() { HasText = "Now listening on" })).ToHaveCountAsync(listening + 1);
        Assert.Equal(0, await page.Locator("#log").EvaluateAsync<int>("l => l.scrollTop"));
        await page.Locator("#follow").CheckAsync();
        await page.WaitForFunctionAsync(AtTheNewestLine);
        await browser.ScreenshotAsync("commands");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download-log"));
        Assert.StartsWith(service + "-", download.SuggestedFilename);
        var text = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Matches(" stdout .*Application is shutting down", text);
        Assert.Matches(" stdout .*Now listening on", text);

        // PostgreSQL logs on stderr: those lines are marked
        await page.Locator("#logs-of").SelectOptionAsync("postgres");
        await Expect(page.Locator("#details h3")).ToContainTextAsync("postgres");
        await Expect(page.Locator("#log > div.err").First).ToBeVisibleAsync();
        await Expect(page.Locator("#log > div.err").First).ToHaveCSSAsync("color", "rgb(253, 162, 155)");
    }
}
