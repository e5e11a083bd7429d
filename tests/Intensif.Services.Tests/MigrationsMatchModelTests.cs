using Intensif.Catalogue.Api.Infrastructure;
using Intensif.Contracts.Api.Infrastructure;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.Partners.Api.Infrastructure;
using Intensif.Scheduling.Api.Infrastructure;
using Intensif.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Intensif.Services.Tests;

/// <summary>
/// Migrations are hand-written (no EF design-time tools here): a database built by the migration chain must have
/// exactly the columns and indexes the model would create. A model change without its migration fails here.
/// </summary>
public sealed class MigrationsMatchModelTests
{
    public static TheoryData<string> Contexts => ["contracts", "catalogue", "scheduling", "partners", "indicators"];

    [Theory]
    [MemberData(nameof(Contexts))]
    public async Task The_migrations_build_the_schema_of_the_model(string service)
    {
        var migrated = await TestServers.CreateDatabaseAsync("m");
        var fromModel = await TestServers.CreateDatabaseAsync("s");
        try
        {
            await using (var db = Create(service, migrated)) await db.Database.MigrateAsync();
            await using (var db = Create(service, fromModel)) await db.Database.ExecuteSqlRawAsync(db.Database.GenerateCreateScript());

            Assert.Equal(await DescribeAsync(fromModel), await DescribeAsync(migrated));
        }
        finally
        {
            await TestServers.DropDatabaseAsync(migrated);
            await TestServers.DropDatabaseAsync(fromModel);
        }
    }

    private static DbContext Create(string service, string connectionString) => service switch
    {
        "contracts" => new ContractsDbContext(Options<ContractsDbContext>(connectionString)),
        "catalogue" => new CatalogueDbContext(Options<CatalogueDbContext>(connectionString)),
        "scheduling" => new SchedulingDbContext(Options<SchedulingDbContext>(connectionString)),
        "partners" => new PartnersDbContext(Options<PartnersDbContext>(connectionString)),
        "indicators" => new IndicatorsDbContext(Options<IndicatorsDbContext>(connectionString)),
        _ => throw new ArgumentOutOfRangeException(nameof(service)),
    };

    private static DbContextOptions<T> Options<T>(string connectionString) where T : DbContext =>
        new DbContextOptionsBuilder<T>().UseNpgsql(connectionString)
            .ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.PendingModelChangesWarning)).Options;

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
