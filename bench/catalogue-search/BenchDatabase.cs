using System.Diagnostics;
using Intensif.Catalogue.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CatalogueSearchBench;

/// <summary>Seeds the synthetic catalogue through the service's own model (the search trigger fills its columns) and reports on it.</summary>
public static class BenchDatabase
{
    private const int Batch = 2_000;

    public static async Task SeedAsync(string connectionString, int entries, int sessions, DateTimeOffset now)
    {
        var options = new DbContextOptionsBuilder<CatalogueDbContext>().UseNpgsql(connectionString).Options;
        await using (var db = new CatalogueDbContext(options)) await db.Database.MigrateAsync();
        int existingEntries, existingSessions;
        await using (var db = new CatalogueDbContext(options))
        {
            existingEntries = await db.Entries.CountAsync(e => e.Code.StartsWith("BEN-"));
            existingSessions = await db.Sessions.CountAsync(s => s.EntryCode.StartsWith("BEN-"));
        }

        var clock = Stopwatch.StartNew();
        foreach (var chunk in SyntheticCatalogue.Entries(entries, now).Skip(existingEntries).Chunk(Batch))
        {
            await using var db = new CatalogueDbContext(options);
            db.Entries.AddRange(chunk);
            await db.SaveChangesAsync();
        }
        foreach (var chunk in SyntheticCatalogue.Sessions(sessions, entries, now).Skip(existingSessions).Chunk(Batch))
        {
            await using var db = new CatalogueDbContext(options);
            db.Sessions.AddRange(chunk);
            await db.SaveChangesAsync();
        }
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            foreach (var table in new[] { "catalogue_entries", "catalogue_sessions" })
            {
                await using var analyze = new NpgsqlCommand($"VACUUM ANALYZE {table}", connection);
                await analyze.ExecuteNonQueryAsync();
            }
        }
        Console.WriteLine($"seeded {entries - existingEntries:N0} entries and {Math.Max(0, sessions - existingSessions):N0} sessions in {clock.Elapsed.TotalSeconds:F0} s");
    }

    public static async Task DescribeAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT (SELECT count(*) FROM catalogue_entries), (SELECT count(*) FROM catalogue_entries WHERE "Status" = 'PUBLISHED'),
                   (SELECT count(*) FROM catalogue_sessions),
                   pg_size_pretty(pg_table_size('catalogue_entries')), pg_size_pretty(pg_indexes_size('catalogue_entries'))
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        Console.WriteLine($"catalogue_entries: {reader.GetInt64(0):N0} rows ({reader.GetInt64(1):N0} published), table {reader.GetString(3)}, "
            + $"indexes {reader.GetString(4)}; catalogue_sessions: {reader.GetInt64(2):N0} rows");
    }

    /// <summary>
    /// The plans PostgreSQL picks for the shapes the search endpoint sends (the statements below are those EF Core
    /// generates for it, with the parameters inlined), to check which index serves which filter.
    /// </summary>
    public static async Task ExplainAsync(string connectionString)
    {
        (string Name, string Sql)[] statements =
        [
            ("text + territory + family", """
                SELECT c."Code" FROM catalogue_entries AS c
                WHERE c."Status" = 'PUBLISHED' AND c."SearchVector" @@ websearch_to_tsquery('french_unaccent', 'atelier numerique')
                  AND c."SearchTerritories" && ARRAY['75', '*'] AND c."Family" = 5
                ORDER BY c."Code" LIMIT 21
                """),
            ("territory + family + supervision", """
                SELECT c."Code" FROM catalogue_entries AS c
                WHERE c."Status" = 'PUBLISHED' AND c."SearchTerritories" && ARRAY['69', '*']
                  AND c."Family" = 3 AND c."Supervision" = 'ACCOMPAGNEE'
                ORDER BY c."Code" LIMIT 21
                """),
            ("text + public + age + territory", """
                SELECT c."Code" FROM catalogue_entries AS c
                WHERE c."Status" = 'PUBLISHED' AND c."SearchVector" @@ websearch_to_tsquery('french_unaccent', 'francais')
                  AND c."SearchTerritories" && ARRAY['93', '*']
                  AND c."EligiblePublics" && ARRAY['jeunes', 'tous-publics'] AND c."EligibleAgeMin" <= 22 AND c."EligibleAgeMax" >= 22
                ORDER BY c."Code" LIMIT 21
                """),
            ("territory + free seats", """
                SELECT c."Code" FROM catalogue_entries AS c
                WHERE c."Status" = 'PUBLISHED' AND c."SearchTerritories" && ARRAY['59', '*']
                  AND EXISTS (SELECT 1 FROM catalogue_sessions AS s WHERE NOT s."Cancelled" AND s."Start" >= now()
                      AND s."SeatsLeft" > 0 AND s."Territory" = '59' AND s."EntryCode" = c."Code")
                ORDER BY c."Code" LIMIT 21
                """),
        ];
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var (name, sql) in statements)
        {
            await using var command = new NpgsqlCommand("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) " + sql, connection);
            await using var reader = await command.ExecuteReaderAsync();
            Console.WriteLine();
            Console.WriteLine($"-- {name}");
            while (await reader.ReadAsync()) Console.WriteLine(reader.GetString(0));
        }
    }
}
