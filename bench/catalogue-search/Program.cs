using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using CatalogueSearchBench;
using Intensif.Catalogue.Api.Infrastructure;
using Intensif.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

// Catalogue search over a large fichier métier: seeds N entries (and dated sessions) into a real PostgreSQL, then
// measures GET /api/catalogue/entries (and /sessions) for typical queries. See README.md.
var options = BenchOptions.Parse(args);
// the in-process service logs every request at Information in its test environment: that is not what is measured
Environment.SetEnvironmentVariable("Logging__LogLevel__Default", "Warning");
var now = DateTimeOffset.UtcNow;
ServiceApp<CatalogueDbContext>? app = null;
HttpClient client;
string connectionString;
if (options.Gateway is null)
{
    Console.WriteLine("starting a private PostgreSQL and RabbitMQ, and the catalogue service in-process…");
    app = await ServiceApp<CatalogueDbContext>.StartAsync("cataloguedb");
    client = app.ClientFor(TestTokens.Referent("org-bench", territory: "75"));
    connectionString = app.ConnectionString;
}
else
{
    client = new HttpClient { BaseAddress = new Uri(options.Gateway) };
    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.Token);
    connectionString = options.Connection!;
}

try
{
    await BenchDatabase.SeedAsync(connectionString, options.Entries, options.Sessions, now);
    await BenchDatabase.DescribeAsync(connectionString);

    var from = Uri.EscapeDataString(now.ToString("O", CultureInfo.InvariantCulture));
    (string Name, string Path)[] queries =
    [
        ("text + territory + family", "/api/catalogue/entries?q=atelier%20numerique&territory=75&family=5"),
        ("text + territory", "/api/catalogue/entries?q=permis%20de%20conduire&territory=13"),
        ("text only (frequent word)", "/api/catalogue/entries?q=formation"),
        ("text only (rare words)", "/api/catalogue/entries?q=soudure%20plateau%20technique"),
        ("territory + family + supervision", "/api/catalogue/entries?territory=69&family=3&supervision=ACCOMPAGNEE"),
        ("text + theme", "/api/catalogue/entries?q=cv&theme=numerique--maitriser-les-fondamentaux-du-numerique"),
        ("text + public + age + territory", "/api/catalogue/entries?q=francais&public=jeunes&age=22&territory=93"),
        ("territory + free seats", "/api/catalogue/entries?territory=59&freeSeats=true"),
        ("text + territory + family + free seats", "/api/catalogue/entries?q=atelier&territory=33&family=2&freeSeats=true"),
        ("no filter (first page)", "/api/catalogue/entries"),
        ("territory, page 5 (cursor)", "/api/catalogue/entries?territory=75"),
        ("sessions: territory + free seats", $"/api/catalogue/sessions?territory=75&freeSeats=true&from={from}"),
    ];

    var results = new List<(string Name, int Items, double[] Millis)>();
    foreach (var (name, path) in queries)
    {
        var target = name.Contains("cursor", StringComparison.Ordinal) ? await PageAsync(client, path, 5) : path;
        var items = 0;
        for (var i = 0; i < options.Warmup; i++) items = await GetAsync(client, target);
        var millis = new double[options.Iterations];
        for (var i = 0; i < options.Iterations; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await GetAsync(client, target);
            millis[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
        Array.Sort(millis);
        results.Add((name, items, millis));
        Console.WriteLine($"{name}: p50 {Percentile(millis, 50):F1} ms, p95 {Percentile(millis, 95):F1} ms");
    }

    var all = results.SelectMany(r => r.Millis).Order().ToArray();
    Console.WriteLine();
    Console.WriteLine($"{options.Entries:N0} entries, {options.Sessions:N0} sessions; {options.Iterations} sequential requests per query after {options.Warmup} warm-up; "
        + (options.Gateway is null ? "in-process service (no network)" : $"through {options.Gateway}"));
    Console.WriteLine();
    Console.WriteLine("| query | items | p50 ms | p95 ms | p99 ms | max ms |");
    Console.WriteLine("|---|---|---|---|---|---|");
    foreach (var (name, items, millis) in results)
        Console.WriteLine($"| {name} | {items} | {Percentile(millis, 50):F1} | {Percentile(millis, 95):F1} | {Percentile(millis, 99):F1} | {millis[^1]:F1} |");
    Console.WriteLine($"| **all queries** | | {Percentile(all, 50):F1} | {Percentile(all, 95):F1} | {Percentile(all, 99):F1} | {all[^1]:F1} |");
    if (options.Explain) await BenchDatabase.ExplainAsync(connectionString);
}
finally
{
    if (app is not null) await app.DisposeAsync();
}
return;

static async Task<int> GetAsync(HttpClient client, string path)
{
    using var response = await client.GetAsync(path);
    var body = await response.Content.ReadAsStringAsync();
    if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}: {body}");
    using var page = JsonDocument.Parse(body);
    return page.RootElement.GetProperty("items").GetArrayLength();
}

static async Task<string> PageAsync(HttpClient client, string path, int page)
{
    var target = path;
    for (var i = 1; i < page; i++)
    {
        using var response = await client.GetAsync(target);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var next = body.RootElement.GetProperty("nextCursor").GetString() ?? throw new InvalidOperationException($"{path} has fewer than {page} pages");
        target = $"{path}{(path.Contains('?') ? '&' : '?')}cursor={next}";
    }
    return target;
}

static double Percentile(double[] sorted, int percent) => sorted[Math.Clamp((int)Math.Ceiling(percent / 100.0 * sorted.Length) - 1, 0, sorted.Length - 1)];
