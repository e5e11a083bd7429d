using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Intensif.Testing;

/// <summary>
/// Migrations are hand-written (no EF design-time tools here): builds one database with the migration chain and one
/// from the model, and describes both (columns and indexes) so a test can require them equal.
/// </summary>
public static class SchemaComparison
{
    public static async Task<(string FromModel, string Migrated)> DescribeAsync<TDbContext>(Func<DbContextOptions<TDbContext>, TDbContext> create)
        where TDbContext : DbContext
    {
        var migrated = await TestServers.CreateDatabaseAsync("m");
        var fromModel = await TestServers.CreateDatabaseAsync("s");
        try
        {
            await using (var db = create(Options<TDbContext>(migrated))) await db.Database.MigrateAsync();
            await using (var db = create(Options<TDbContext>(fromModel))) await db.Database.ExecuteSqlRawAsync(db.Database.GenerateCreateScript());
            return (await DescribeAsync(fromModel), await DescribeAsync(migrated));
        }
        finally
        {
            await TestServers.DropDatabaseAsync(migrated);
            await TestServers.DropDatabaseAsync(fromModel);
        }
    }

    private static DbContextOptions<T> Options<T>(string connectionString) where T : DbContext =>
        new DbContextOptionsBuilder<T>().UseNpgsql(connectionString)
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)).Options;

    private static async Task<string> DescribeAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            select string_agg(line, E'\n' order by line) from (
              select format('%s.%s %s %s %s', table_name, column_name, data_type, is_nullable, coalesce(column_default, '')) as line
                from information_schema.columns where table_schema = 'public' and table_name <> '__EFMigrationsHistory'
              union all
              select indexdef from pg_indexes where schemaname = 'public' and tablename <> '__EFMigrationsHistory'
            ) schema
            """, connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
