using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Intensif.EndToEnd.Tests;

/// <summary>
/// Debian's headless Chromium driven by Playwright (no browser download: the package's driver launches
/// /usr/bin/chromium), logged in to the platform's dashboard with the link the AppHost printed. A missing Chromium
/// fails the test with the command that installs it.
/// </summary>
public sealed partial class DashboardBrowser : IAsyncDisposable
{
    public const string Chromium = "/usr/bin/chromium";
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly int _port;

    private DashboardBrowser(IPlaywright playwright, IBrowser browser, IPage page, int port)
    {
        _playwright = playwright;
        _browser = browser;
        _port = port;
        Page = page;
    }

    public IPage Page { get; }

    /// <summary>Opens the printed login link, as an operator would, and lands on the resources page.</summary>
    public static async Task<DashboardBrowser> LogInAsync(PlatformProcess platform)
    {
        if (!File.Exists(Chromium))
            throw new InvalidOperationException($"{Chromium} is missing: `apt-get install -y chromium` (./intensif test installs it).");
        // a busy 2-core CI machine: services take seconds to start, telemetry comes in 1-2 s batches
        SetDefaultExpectTimeout(60_000);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 900 }, AcceptDownloads = true });
        page.SetDefaultTimeout(60_000);
        // Clear telemetry and Replay ask for confirmation; the operator says yes
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        var dashboard = new DashboardBrowser(playwright, browser, page, platform.Ports.Dashboard);
        await page.GotoAsync(LoginUrl(platform.Output));
        await Expect(page).ToHaveURLAsync(new Regex($@"^{Regex.Escape(dashboard.Url("/"))}(\?|$)"));
        return dashboard;
    }

    public string Url(string path) => $"http://127.0.0.1:{_port}{path}";

    /// <summary>The dashboard's JSON API with the browser's cookie (what the page itself reads).</summary>
    public async Task<JsonElement> GetJsonAsync(string path)
    {
        var response = await Page.APIRequest.GetAsync(Url(path));
        Assert.True(response.Ok, $"GET {path}: {response.Status}");
        return (await response.JsonAsync())!.Value;
    }

    /// <summary>
    /// With <c>INTENSIF_DASHBOARD_SCREENSHOTS=&lt;folder&gt;</c>, leaves <c>dashboard-{name}.png</c> there: how the
    /// screenshots of docs/dashboard.md are refreshed. Otherwise nothing.
    /// </summary>
    public async Task ScreenshotAsync(string name)
    {
        var folder = Environment.GetEnvironmentVariable("INTENSIF_DASHBOARD_SCREENSHOTS");
        if (string.IsNullOrEmpty(folder)) return;
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"dashboard-{name}.png") });
    }

    /// <summary>The row of one resource on the resources page (by its exact name).</summary>
    public ILocator ResourceRow(string name) =>
        Page.Locator("#resources tbody tr").Filter(new() { Has = Page.Locator("td:first-child", new() { HasTextRegex = new Regex($"^{Regex.Escape(name)}$") }) });

    /// <summary>The <c>dashboard: http://127.0.0.1:port/login?t=token</c> line the AppHost printed.</summary>
    public static string LoginUrl(string appHostOutput) =>
        LoginLine().Match(appHostOutput) is { Success: true } m ? m.Groups[1].Value
            : throw new InvalidOperationException("The AppHost printed no dashboard login URL:\n" + appHostOutput);

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }

    [GeneratedRegex(@"dashboard: (http://127\.0\.0\.1:\d+/login\?t=[0-9a-f]+)")]
    private static partial Regex LoginLine();
}
