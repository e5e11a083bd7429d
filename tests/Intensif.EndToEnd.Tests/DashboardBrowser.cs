using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Intensif.EndToEnd.Tests;

/// <summary>
/// Debian's headless Chromium driven by Playwright (no browser download: the package's driver launches
/// /usr/bin/chromium). A missing Chromium fails the test with the command that installs it.
/// </summary>
public sealed partial class DashboardBrowser : IAsyncDisposable
{
    public const string Chromium = "/usr/bin/chromium";
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private DashboardBrowser(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
    }

    public IPage Page { get; }

    public static async Task<DashboardBrowser> StartAsync()
    {
        if (!File.Exists(Chromium))
            throw new InvalidOperationException($"{Chromium} is missing: `apt-get install -y chromium` (./intensif test installs it).");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 900 } });
        page.SetDefaultTimeout(30_000);
        return new DashboardBrowser(playwright, browser, page);
    }

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
