namespace CatalogueSearchBench;

/// <summary>
/// Command line: --entries N (100000), --sessions N (30000), --iterations N (300), --warmup N (30), --explain, and to
/// measure a running platform instead of a private one: --gateway URL --token JWT --connection "catalogue database".
/// </summary>
public sealed record BenchOptions(int Entries, int Sessions, int Iterations, int Warmup, bool Explain, string? Gateway, string? Token, string? Connection)
{
    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int Number(string name, int fallback) => Value(name) is { } text ? int.Parse(text) : fallback;
        var options = new BenchOptions(Number("--entries", 100_000), Number("--sessions", 30_000), Number("--iterations", 300),
            Number("--warmup", 30), args.Contains("--explain"), Value("--gateway"), Value("--token"), Value("--connection"));
        if (options.Gateway is not null && (options.Token is null || options.Connection is null))
            throw new ArgumentException("--gateway needs --token (a platform token) and --connection (the catalogue database, to seed it).");
        return options;
    }
}
