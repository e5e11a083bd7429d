using System.Diagnostics;
using Intensif.Indicators.Api.Infrastructure;
using Npgsql;

namespace IndicatorsBench;

/// <summary>
/// Seeds the projections directly with set-based SQL (what the event consumers would have written after five years
/// of events), secondary indexes dropped during the load and rebuilt after it, then VACUUM ANALYZE.
/// </summary>
public static class BenchDatabase
{
    private static readonly string[] Tables =
    [
        "intensive_episodes", "active_contracts", "contract_closures", "closed_weeks", "interview_outcomes", "referent_changes",
        "diagnostic_versions", "breach_files", "satisfaction_answers", "closed_week_months", "held_interview_months",
    ];

    public static async Task SeedAsync(string connectionString, BenchOptions options)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var clock = Stopwatch.StartNew();
        var indexes = new List<(string Name, string Definition)>();
        await using (var read = new NpgsqlCommand("""
            SELECT i.indexname, i.indexdef FROM pg_indexes i
            WHERE i.tablename = ANY(@tables) AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
            """, connection))
        {
            read.Parameters.AddWithValue("tables", Tables);
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync()) indexes.Add((reader.GetString(0), reader.GetString(1)));
        }
        foreach (var (name, _) in indexes) await ExecuteAsync(connection, $"DROP INDEX \"{name}\"", null);
        // columns added after this benchmark was written (required, no default) get a neutral value during the load
        var added = await RequiredColumnsWithoutDefaultAsync(connection);
        foreach (var (table, column, neutral) in added) await ExecuteAsync(connection, $"ALTER TABLE {table} ALTER COLUMN \"{column}\" SET DEFAULT {neutral}", null);

        await ExecuteAsync(connection, "SET synchronous_commit = off", null);
        await ExecuteAsync(connection, $"""
            CREATE UNLOGGED TABLE bench_episodes AS
            SELECT i,
                   md5('e' || i)::uuid AS episode_id, md5('c' || i)::uuid AS contract_id, md5('p' || i)::uuid AS person,
                   'org-' || lpad((i % {options.Organismes})::text, 3, '0') AS organisme,
                   lpad(((i % {options.Organismes}) / 2 + 1)::text, 2, '0') AS territory,
                   'ref-' || (i % {options.Organismes}) || '-' || ((i / {options.Organismes}) % 25) AS referent,
                   current_date - 1826 + ((hashint4(i)::bigint & 2147483647) % 1826)::int AS start_date,
                   60 + ((hashint4(i + 7777777)::bigint & 2147483647) % 181)::int AS duration,
                   ((hashint4(i + 15555555)::bigint & 2147483647) % 100)::int AS roll
            FROM generate_series(1, {options.Episodes}) i
            """, "episodes (working table)");
        await ExecuteAsync(connection, """
            INSERT INTO intensive_episodes ("EpisodeId", "ContractId", "OrganismeId", "Territory", "PseudonymousBeneficiaryId", "StartDate",
                "InitialPlannedEndDate", "PlannedEndDate", "ExtensionCount", "EndedOn", "ExitType", "ReferentId", "BarriersAtExit")
            SELECT episode_id, contract_id, organisme, territory, person, start_date, start_date + 180,
                   CASE WHEN duration > 180 THEN start_date + 270 ELSE start_date + 180 END, CASE WHEN duration > 180 THEN 1 ELSE 0 END,
                   CASE WHEN start_date + duration < current_date THEN start_date + duration END,
                   CASE WHEN start_date + duration < current_date
                        THEN (ARRAY['EMPLOI_DURABLE','EMPLOI_TEMPORAIRE','CREATION_ACTIVITE','FORMATION','ABANDON','DEMENAGEMENT','AUTRE'])[1 + roll % 7] END,
                   referent,
                   CASE WHEN start_date + duration < current_date AND roll % 3 = 0 THEN ARRAY['MOBILITE:MOYEN'] ELSE ARRAY[]::text[] END
            FROM bench_episodes
            """, "intensive_episodes");
        await ExecuteAsync(connection, """
            INSERT INTO active_contracts ("ContractId", "OrganismeId", "Territory", "PseudonymousBeneficiaryId", "SignedOn", "RecordedAt")
            SELECT contract_id, organisme, territory, person, start_date - 10, (start_date - 10)::timestamptz FROM bench_episodes
            """, "active_contracts");
        await ExecuteAsync(connection, """
            INSERT INTO contract_closures ("ContractId", "OrganismeId", "Territory", "ClosedOn", "Reason")
            SELECT contract_id, organisme, territory, start_date + duration + 30, 'FIN_ACCOMPAGNEMENT' FROM bench_episodes
            WHERE start_date + duration + 30 < current_date AND roll % 10 < 8
            """, "contract_closures");
        // every week of the episode is closed, up to last week: 10 to 17 realised hours for a 15 h target
        await ExecuteAsync(connection, """
            INSERT INTO closed_weeks ("EpisodeId", "IsoWeek", "OrganismeId", "Territory", "BeneficiaryId", "WeekStart", "TargetHours",
                "RealisedHours", "AccompaniedHours", "AutonomousHours", "GapReason", "ClosedAt")
            SELECT e.episode_id, to_char(w, 'IYYY-"W"IW'), e.organisme, e.territory, e.person, w::date, 15, h.realised, round(h.realised * 0.6, 2),
                   h.realised - round(h.realised * 0.6, 2), CASE WHEN h.realised >= 15 THEN 'NONE' ELSE 'ILLNESS' END, w + interval '7 days'
            FROM bench_episodes e
            CROSS JOIN LATERAL generate_series(date_trunc('week', e.start_date), LEAST(e.start_date + e.duration, current_date - 7), interval '7 days') w
            CROSS JOIN LATERAL (SELECT (10 + (e.i + extract(week FROM w)::int) % 8)::numeric AS realised) h
            """, "closed_weeks");
        // an entretien every 15 days, one in ten missed (half of those with a legitimate reason)
        await ExecuteAsync(connection, """
            INSERT INTO interview_outcomes ("InterviewId", "OrganismeId", "BeneficiaryId", "ScheduledAt", "Type", "Held", "Justified", "RecordedAt")
            SELECT md5('i' || e.i || ':' || d::date)::uuid, e.organisme, e.person, d + interval '10 hours', 'SUIVI',
                   (e.i + extract(doy FROM d)::int) % 10 <> 0, (e.i + extract(doy FROM d)::int) % 20 = 0, d + interval '12 hours'
            FROM bench_episodes e
            CROSS JOIN LATERAL generate_series(e.start_date + 3, LEAST(e.start_date + e.duration, current_date - 1), interval '15 days') d
            """, "interview_outcomes");
        // one episode in ten changes référent half-way, followed by a PASSATION entretien a week later
        await ExecuteAsync(connection, """
            INSERT INTO referent_changes ("EventId", "OrganismeId", "Territory", "BeneficiaryId", "ContractId", "FromReferentId", "ToReferentId",
                "Reason", "EffectiveDate", "InIntensiveEpisode", "OccurredAt")
            SELECT md5('r' || i)::uuid, organisme, territory, person, contract_id, referent, referent || '-b', 'ABSENCE', start_date + duration / 2, true,
                   (start_date + duration / 2)::timestamptz
            FROM bench_episodes WHERE roll < 10 AND start_date + duration / 2 < current_date
            """, "referent_changes");
        await ExecuteAsync(connection, """
            INSERT INTO interview_outcomes ("InterviewId", "OrganismeId", "BeneficiaryId", "ScheduledAt", "Type", "Held", "Justified", "RecordedAt")
            SELECT md5('ip' || i)::uuid, organisme, person, (start_date + duration / 2 + 7) + interval '10 hours', 'PASSATION', true, false,
                   (start_date + duration / 2 + 7) + interval '12 hours'
            FROM bench_episodes WHERE roll < 10 AND start_date + duration / 2 + 7 < current_date
            """, "passation entretiens");
        // a diagnostic before the start; a third of the people get a second version at exit
        await ExecuteAsync(connection, """
            INSERT INTO diagnostic_versions ("DiagnosticId", "Version", "OrganismeId", "Territory", "BeneficiaryId", "DiagnosticDate", "Barriers")
            SELECT md5('d' || i)::uuid, 1, organisme, territory, person, start_date - 3,
                   ARRAY['MOBILITE:' || (ARRAY['FORT','MOYEN','SANS_IMPACT'])[1 + roll % 3], 'LOGEMENT:' || (ARRAY['MOYEN','SANS_IMPACT'])[1 + roll % 2]]
            FROM bench_episodes
            UNION ALL
            SELECT md5('d' || i)::uuid, 2, organisme, territory, person, start_date + duration, ARRAY['MOBILITE:SANS_IMPACT']
            FROM bench_episodes WHERE roll % 3 = 1 AND start_date + duration < current_date
            """, "diagnostic_versions");
        await ExecuteAsync(connection, """
            INSERT INTO breach_files ("BreachFileId", "OrganismeId", "Territory", "BeneficiaryId", "BreachType", "DetectedOn", "DecisionDate", "Measure",
                "RatePercent", "LiftedOn", "LiftReason")
            SELECT md5('b' || i)::uuid, organisme, territory, person, 'ABSENCE_RDV', start_date + 30,
                   CASE WHEN roll % 2 = 0 AND start_date + 45 < current_date THEN start_date + 45 END,
                   CASE WHEN roll % 2 = 0 AND start_date + 45 < current_date THEN 'REDUCTION' END,
                   CASE WHEN roll % 2 = 0 AND start_date + 45 < current_date THEN 30 END,
                   CASE WHEN roll = 50 AND start_date + 90 < current_date THEN start_date + 90 END,
                   CASE WHEN roll = 50 AND start_date + 90 < current_date THEN 'REPRISE_CONTACT' END
            FROM bench_episodes WHERE roll BETWEEN 50 AND 52 AND start_date + 30 < current_date
            """, "breach_files");
        await ExecuteAsync(connection, """
            INSERT INTO satisfaction_answers ("AnswerId", "EpisodeId", "OrganismeId", "Territory", "Score", "Comment", "AnsweredOn")
            SELECT md5('a' || i)::uuid, episode_id, organisme, territory, 1 + roll % 5, NULL, start_date + duration + 3
            FROM bench_episodes WHERE roll % 10 < 4 AND start_date + duration + 3 < current_date
            """, "satisfaction_answers");
        await ExecuteAsync(connection, "DROP TABLE bench_episodes", null);
        // the monthly totals the consumers would have kept, from the rows seeded above
        await ExecuteAsync(connection, MonthlyTotals.RebuildSql, "closed_week_months, held_interview_months");
        foreach (var (table, column, _) in added) await ExecuteAsync(connection, $"ALTER TABLE {table} ALTER COLUMN \"{column}\" DROP DEFAULT", null);
        foreach (var (name, definition) in indexes) await ExecuteAsync(connection, definition, "index " + name);
        await VacuumAsync(connection);
        Console.WriteLine($"seeded in {clock.Elapsed.TotalSeconds:F0} s");
    }

    /// <summary>
    /// VACUUM ANALYZE of the seeded tables, as autovacuum does on a server after a load or a migration (index-only reads
    /// need the visibility map); quick when nothing changed since the last one.
    /// </summary>
    public static async Task VacuumAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await VacuumAsync(connection);
    }

    private static async Task VacuumAsync(NpgsqlConnection connection)
    {
        foreach (var table in Tables) await ExecuteAsync(connection, $"VACUUM ANALYZE {table}", null);
    }

    public static async Task<long> EpisodeCountAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM intensive_episodes", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public static async Task ForgetKeptFiguresAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await ExecuteAsync(connection, "TRUNCATE indicator_cells", null);
    }

    public static async Task DescribeAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var table in Tables)
        {
            await using var command = new NpgsqlCommand(
                $"SELECT count(*), pg_size_pretty(pg_table_size('{table}')), pg_size_pretty(pg_indexes_size('{table}')) FROM {table}", connection);
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            Console.WriteLine($"{table}: {reader.GetInt64(0):N0} rows, table {reader.GetString(1)}, indexes {reader.GetString(2)}");
        }
    }

    private static async Task<List<(string Table, string Column, string Neutral)>> RequiredColumnsWithoutDefaultAsync(NpgsqlConnection connection)
    {
        string[] seeded =
        [
            "EpisodeId", "ContractId", "OrganismeId", "Territory", "PseudonymousBeneficiaryId", "StartDate", "InitialPlannedEndDate", "PlannedEndDate",
            "ExtensionCount", "EndedOn", "ExitType", "ReferentId", "BarriersAtExit", "SignedOn", "RecordedAt", "ClosedOn", "Reason", "IsoWeek",
            "BeneficiaryId", "WeekStart", "TargetHours", "RealisedHours", "AccompaniedHours", "AutonomousHours", "GapReason", "ClosedAt", "InterviewId",
            "ScheduledAt", "Type", "Held", "Justified", "EventId", "FromReferentId", "ToReferentId", "EffectiveDate", "InIntensiveEpisode", "OccurredAt",
            "DiagnosticId", "Version", "DiagnosticDate", "Barriers", "BreachFileId", "AnswerId", "Score", "AnsweredOn",
        ];
        var columns = new List<(string, string, string)>();
        await using (var read = new NpgsqlCommand("""
            SELECT table_name, column_name, data_type FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name = ANY(@tables) AND is_nullable = 'NO' AND column_default IS NULL AND NOT column_name = ANY(@seeded)
            """, connection))
        {
            read.Parameters.AddWithValue("tables", Tables);
            read.Parameters.AddWithValue("seeded", seeded);
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var neutral = reader.GetString(2) switch
                {
                    "ARRAY" => "'{}'",
                    "boolean" => "false",
                    "integer" or "bigint" or "smallint" or "numeric" => "0",
                    "uuid" => "'00000000-0000-0000-0000-000000000000'",
                    "date" => "'2000-01-01'",
                    "jsonb" => "'{}'",
                    _ => "''",
                };
                columns.Add((reader.GetString(0), reader.GetString(1), neutral));
            }
        }
        foreach (var (table, column, _) in columns) Console.WriteLine($"  {table}.{column}: not known to this benchmark, seeded with a neutral value");
        return columns;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, string? what)
    {
        var clock = Stopwatch.StartNew();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        var rows = await command.ExecuteNonQueryAsync();
        if (what is not null) Console.WriteLine($"  {what}: {(rows >= 0 ? $"{rows:N0} rows, " : "")}{clock.Elapsed.TotalSeconds:F0} s");
    }
}
