using System.Diagnostics;
using Intensif.Hosting.Identity;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.Testing;
using IndicatorsBench;

// Indicators over a million historical episodes: seeds five years of projections into a real PostgreSQL, then measures
// the figures a comité's pilot (one territory) and a manager (one organisme) typically ask for. See README.md.
var options = BenchOptions.Parse(args);
// the in-process service logs every request at Information in its test environment: that is not what is measured
Environment.SetEnvironmentVariable("Logging__LogLevel__Default", "Warning");
if (options.LogSql) Environment.SetEnvironmentVariable("Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command", "Information");
Console.WriteLine("starting a private PostgreSQL and RabbitMQ, and the indicators service in-process…");
// --data-dir: a cluster kept across runs, its database seeded once; otherwise a throw-away one seeded each run
var kept = options.DataDir is { } dataDir ? await BenchPostgres.StartAsync(dataDir) : null;
ServiceApp<IndicatorsDbContext> app;
if (kept is null) app = await ServiceApp<IndicatorsDbContext>.StartAsync("indicatorsdb");
else
{
    app = new ServiceApp<IndicatorsDbContext>("indicatorsdb", await kept.DatabaseAsync("indicatorsdb"), (await TestServers.RabbitMqAsync()).ConnectionString);
    app.StartServer();
}
try
{
    // the service applied its migrations when it started; a kept database already seeded is reused as it is
    var seeded = await BenchDatabase.EpisodeCountAsync(app.ConnectionString);
    if (seeded == 0) await BenchDatabase.SeedAsync(app.ConnectionString, options);
    else
    {
        Console.WriteLine($"reusing the database seeded in {options.DataDir}: {seeded:N0} episodes (--episodes and --organismes are those of its seeding)");
        // figures kept by an earlier run would make this run's cold requests warm
        await BenchDatabase.ForgetKeptFiguresAsync(app.ConnectionString);
        // a migration of this start may have filled or indexed a table: vacuumed and analysed as a server's autovacuum would
        await BenchDatabase.VacuumAsync(app.ConnectionString);
    }
    await BenchDatabase.DescribeAsync(app.ConnectionString);
    if (options.SeedOnly) return;

    (string Name, string Code, string Query)[] managerQueries =
    [
        ("entries, month", "RPE_ENTRIES", ""),
        ("in progress, quarter", "RPE_IN_PROGRESS", "period=quarter"),
        ("in progress by référent, month", "RPE_IN_PROGRESS", "breakdown=referent"),
        ("exits by reason, month", "RPE_EXITS_BY_REASON", ""),
        ("I1 prevalence, month", "I1_PREVALENCE", ""),
        ("I2 median by cohort, quarter", "I2_MEDIAN_DURATION", "period=quarter&breakdown=cohort"),
        ("I3 intensity, month", "I3_INTENSITY", ""),
        ("I3d entretiens, month", "I3D_INTERVIEW_COMPLIANCE", ""),
        ("I4b employment exits, quarter", "I4B_EMPLOYMENT_EXIT_RATE", "period=quarter"),
        ("I5 satisfaction, quarter", "I5_SATISFACTION", "period=quarter"),
        ("I6 barriers, quarter", "I6_BARRIER_PERSISTENCE", "period=quarter"),
        ("O1 portfolios, month", "O1_PORTFOLIO_OVER_CAP", ""),
        ("O7 passations, month", "O7_REFERENT_CHANGES", ""),
    ];
    (string Name, string Code, string Query)[] pilotQueries =
    [
        ("entries by organisme, month", "RPE_ENTRIES", "breakdown=organisme"),
        ("exits by reason, month", "RPE_EXITS_BY_REASON", ""),
        ("in progress, quarter", "RPE_IN_PROGRESS", "period=quarter"),
        ("I1b entry rate, month", "I1B_ENTRY_RATE", ""),
        ("I2 mean by organisme, quarter", "RPE_AVERAGE_DURATION", "period=quarter&breakdown=organisme"),
        ("I2 open age, month", "I2_OPEN_EPISODE_AGE", ""),
        ("I3b target attained, month", "I3B_TARGET_ATTAINMENT", ""),
        ("I3d entretiens, month", "I3D_INTERVIEW_COMPLIANCE", ""),
        ("I4b employment exits, quarter", "I4B_EMPLOYMENT_EXIT_RATE", "period=quarter"),
        ("I6 barriers, quarter", "I6_BARRIER_PERSISTENCE", "period=quarter"),
        ("O6 sanctions, month", "O6_SANCTION_ACTIVITY", ""),
        ("O7b passation entretiens, quarter", "O7B_PASSATION_INTERVIEW", "period=quarter"),
    ];

    var clients = new Dictionary<string, HttpClient>();
    HttpClient ManagerOf(int organisme) => ClientOf("m" + organisme, TestTokens.Manager(BenchOptions.Organisme(organisme), territory: BenchOptions.Territory(organisme / 2)));
    HttpClient PilotOf(int territory) => ClientOf("p" + territory, TestTokens.Issuer.Mint(new PlatformUser("pilot-bench", "Pilote", "cdpe-bench", "committee", "pilot",
        [BenchOptions.Territory(territory)]), TimeSpan.FromHours(4)));
    HttpClient ClientOf(string key, string token) => clients.TryGetValue(key, out var client) ? client : clients[key] = app.ClientFor(token);

    var rows = new List<(string Role, string Name, double[] Cold, double[] Warm)>();
    foreach (var (role, queries) in new[] { ("manager", managerQueries), ("pilot", pilotQueries) })
    {
        foreach (var (name, code, query) in queries)
        {
            if (options.Only is { } only && !code.Contains(only, StringComparison.OrdinalIgnoreCase) && !name.Contains(only, StringComparison.OrdinalIgnoreCase)) continue;
            string PathOf(int scope) => (role == "manager"
                ? $"/api/indicators/organismes/{BenchOptions.Organisme(scope)}/{code}"
                : $"/api/indicators/territories/{BenchOptions.Territory(scope)}/{code}") + (query.Length > 0 ? "?" + query : "");
            HttpClient ClientFor(int scope) => role == "manager" ? ManagerOf(scope) : PilotOf(scope);
            // cold: the first request of each of --cold scopes for this query (no figure of it read before)
            var cold = new double[options.Cold];
            for (var scope = 0; scope < options.Cold; scope++) cold[scope] = await TimeAsync(ClientFor(scope), PathOf(scope));
            // warm: the same request again and again on one more scope
            var warmScope = options.Cold;
            for (var i = 0; i < options.Warmup; i++) await TimeAsync(ClientFor(warmScope), PathOf(warmScope));
            var warm = new double[options.Warm];
            for (var i = 0; i < options.Warm; i++) warm[i] = await TimeAsync(ClientFor(warmScope), PathOf(warmScope));
            Array.Sort(cold);
            Array.Sort(warm);
            rows.Add((role, name, cold, warm));
            Console.WriteLine($"{role} {name}: cold p50 {Percentile(cold, 50):F1} ms, warm p50 {Percentile(warm, 50):F1} ms, p95 {Percentile(warm, 95):F1} ms");
        }
    }

    Console.WriteLine();
    Console.WriteLine($"{options.Episodes:N0} episodes over five years, {options.Organismes} organismes in {options.Territories} territories; default window "
        + $"(twelve months up to the current one); per query {options.Cold} cold requests (one per scope) and {options.Warm} warm ones after {options.Warmup} unmeasured; "
        + $"in-process service (no network); load average at the end {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
    Console.WriteLine();
    Console.WriteLine("| who | query | cold p50 ms | cold p95 ms | warm p50 ms | warm p95 ms | warm p99 ms |");
    Console.WriteLine("|---|---|---|---|---|---|---|");
    foreach (var (role, name, cold, warm) in rows)
        Console.WriteLine($"| {role} | {name} | {Percentile(cold, 50):F1} | {Percentile(cold, 95):F1} | {Percentile(warm, 50):F1} | {Percentile(warm, 95):F1} | {Percentile(warm, 99):F1} |");
    var allCold = rows.SelectMany(r => r.Cold).Order().ToArray();
    var allWarm = rows.SelectMany(r => r.Warm).Order().ToArray();
    Console.WriteLine($"| **all** | cold: {allCold.Length} requests, warm: {allWarm.Length} | {Percentile(allCold, 50):F1} | {Percentile(allCold, 95):F1} | "
        + $"{Percentile(allWarm, 50):F1} | {Percentile(allWarm, 95):F1} | {Percentile(allWarm, 99):F1} |");
    Console.WriteLine($"cold p99 {Percentile(allCold, 99):F1} ms, max {allCold[^1]:F1} ms; warm max {allWarm[^1]:F1} ms");
}
finally
{
    await app.DisposeAsync();
    if (kept is not null) await kept.DisposeAsync();
}
return;

static async Task<double> TimeAsync(HttpClient client, string path)
{
    var started = Stopwatch.GetTimestamp();
    using var response = await client.GetAsync(path);
    var body = await response.Content.ReadAsStringAsync();
    var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}: {body}");
    return elapsed;
}

static double Percentile(double[] sorted, int percent) => sorted[Math.Clamp((int)Math.Ceiling(percent / 100.0 * sorted.Length) - 1, 0, sorted.Length - 1)];
