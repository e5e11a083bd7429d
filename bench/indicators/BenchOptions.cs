namespace IndicatorsBench;

/// <summary>
/// Command line: --episodes N (1000000), --organismes N (200, two per territory), --cold N (scopes whose first request
/// is measured per query, 10), --warm N (repeated requests per query, 40), --warmup N (unmeasured requests before
/// the warm ones, 5), --data-dir PATH (keep the PostgreSQL cluster in PATH and reuse its seeded database on the next
/// runs: seeded only when empty; none by default: a throw-away cluster seeded each run), --seed-only (stop after seeding),
/// --only TEXT (only the queries whose indicator code or name contains TEXT), --log-sql (the service logs each SQL
/// command with its duration: to find where a cold request's time goes).
/// </summary>
public sealed record BenchOptions(int Episodes, int Organismes, int Cold, int Warm, int Warmup, string? DataDir = null, bool SeedOnly = false,
    string? Only = null, bool LogSql = false)
{
    public int Territories => (Organismes + 1) / 2;

    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int Number(string name, int fallback) => Value(name) is { } text ? int.Parse(text) : fallback;
        var options = new BenchOptions(Number("--episodes", 1_000_000), Number("--organismes", 200), Number("--cold", 10), Number("--warm", 40),
            Number("--warmup", 5), Value("--data-dir"), args.Contains("--seed-only"),
            Value("--only"), args.Contains("--log-sql"));
        if (options.Organismes < 2 * options.Cold) throw new ArgumentException("--cold needs twice as many organismes (each cold request takes a scope not read before).");
        return options;
    }

    public static string Organisme(int index) => $"org-{index:D3}";

    public static string Territory(int index) => (index + 1).ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
}
