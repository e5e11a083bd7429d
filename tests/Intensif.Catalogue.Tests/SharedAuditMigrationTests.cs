using Intensif.Catalogue.Api.Infrastructure;
using Intensif.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Catalogue.Tests;

/// <summary>The migration onto the shared audit keeps the rows of catalogue_audit, in their order and with their versions.</summary>
public sealed class SharedAuditMigrationTests
{
    [Fact]
    public async Task The_rows_of_catalogue_audit_are_kept_in_audit_entries_in_their_order_and_new_rows_follow_them()
    {
        var connectionString = await TestServers.CreateDatabaseAsync("auditmig");
        try
        {
            await using var db = new CatalogueDbContext(new DbContextOptionsBuilder<CatalogueDbContext>().UseNpgsql(connectionString)
                .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)).Options);
            var migrations = db.Database.GetMigrations().ToList();
            var shared = migrations.Single(m => m.EndsWith("_SharedAuditEntries"));
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(migrations[migrations.IndexOf(shared) - 1]);
            // braces doubled: ExecuteSqlRaw formats its text
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO catalogue_audit ("At", "Actor", "ActorOrganisation", "Action", "EntryCode", "Version", "Before", "After") VALUES
                    ('2026-11-20 09:00:00+00', 'manager-1', 'ft-34', 'entry.created', 'LOC-OLD-01', 1, null, '{{"code": "LOC-OLD-01", "version": 1}}'),
                    ('2026-11-20 09:00:00+00', 'manager-1', 'ft-34', 'entry.published', 'LOC-OLD-01', 2, '{{"version": 1}}', '{{"code": "LOC-OLD-01", "version": 2}}'),
                    ('2026-11-20 10:00:00+00', 'manager-1', 'ft-34', 'local-valuation.set', 'LOC-OLD-01', null, null, '{{"scopeKind": "ORGANISME"}}');
                """);

            await migrator.MigrateAsync(shared);
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO audit_entries ("Id", "At", "Actor", "ActorOrganisation", "ActorRole", "Action", "EntityType", "EntityId", "Stream", "Version")
                VALUES (gen_random_uuid(), '2026-11-20 09:00:00+00', 'manager-1', 'ft-34', 'manager', 'entry.archived', 'entry', gen_random_uuid(), 'LOC-OLD-01', 3);
                """);

            var rows = await db.Audit.Where(a => a.Stream == "LOC-OLD-01").OrderBy(a => a.Sequence).ToListAsync();
            Assert.Equal(["entry.created", "entry.published", "local-valuation.set", "entry.archived"], rows.Select(r => r.Action));
            Assert.Equal([1L, 2L, 3L, 4L], rows.Select(r => r.Sequence));
            Assert.Equal([1, 2, null, 3], rows.Select(r => r.Version));
            Assert.Equal(["entry", "entry", "local-valuation", "entry"], rows.Select(r => r.EntityType));
            Assert.Contains("\"version\": 2", rows[1].After);
            Assert.Equal(4, rows.Select(r => r.Id).Distinct().Count());
        }
        finally
        {
            await TestServers.DropDatabaseAsync(connectionString);
        }
    }
}
