using Intensif.ServiceDefaults.Health;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Intensif.ServiceDefaults.Persistence;

public static class PostgresExtensions
{
    /// <summary>
    /// The service's own PostgreSQL database from ConnectionStrings:{connectionName} (Aspire's convention), read late
    /// so tests can set it; its readiness joins /health.
    /// </summary>
    public static IHostApplicationBuilder AddPostgresDbContext<TDbContext>(this IHostApplicationBuilder builder, string connectionName)
        where TDbContext : DbContext
    {
        builder.Services.AddDbContext<TDbContext>((sp, options) =>
        {
            var connectionString = sp.GetRequiredService<IConfiguration>().GetConnectionString(connectionName)
                ?? throw new InvalidOperationException($"ConnectionStrings:{connectionName} is not configured (the AppHost sets ConnectionStrings__{connectionName}).");
            options.UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure(3));
            // migrations are hand-written, without the design-time model snapshot this warning compares against;
            // the schema tests compare each migrated database with the model instead
            options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        });
        builder.Services.AddHealthChecks().AddCheck<DbContextHealthCheck<TDbContext>>(connectionName);
        return builder;
    }

    /// <summary>How long one migration command may run (filling monthly totals from 21 million closed weeks takes about a minute).</summary>
    public static readonly TimeSpan MigrationCommandTimeout = TimeSpan.FromMinutes(30);

    /// <summary>Applies the owning service's migrations at start (EF Core serialises concurrent replicas with a lock).</summary>
    public static async Task MigrateDatabaseAsync<TDbContext>(this WebApplication app) where TDbContext : DbContext
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("Intensif.Migrations");
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        if (pending.Count > 0) logger.LogInformation("Applying {Count} migration(s) to {Context}: {Migrations}", pending.Count, typeof(TDbContext).Name, pending);
        // a migration that builds an index or fills a table from a large projection takes minutes, not a request's 30 seconds
        db.Database.SetCommandTimeout(MigrationCommandTimeout);
        await db.Database.MigrateAsync();
    }
}
