using Intensif.ServiceDefaults.Audit;
using Intensif.ServiceDefaults.Identity;
using Intensif.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace Intensif.Platform.Tests.ServiceDefaults;

public sealed class AuditTrailTests
{
    private static readonly DateTimeOffset Instant = new(2026, 11, 22, 9, 30, 0, TimeSpan.Zero);
    private static readonly AuditActor Platform = AuditActor.System("platform", "platform");

    [Fact]
    public async Task Entries_written_at_one_instant_read_in_the_order_they_were_written()
    {
        await using var db = await CreateAsync(b => b.CreateAuditTable());
        var trail = new AuditTrail<AuditDb>(db, new CurrentUserAccessor(new HttpContextAccessor()), new FixedClock(Instant));
        var actions = Enumerable.Range(1, 40).Select(i => $"step.{i:00}").ToArray();

        foreach (var action in actions) trail.RecordAs(Platform, action, "thing", Guid.Empty, "stream-1", null, new { action });
        await db.SaveChangesAsync();

        var read = await db.Set<AuditEntry>().Where(a => a.Stream == "stream-1").OrderBy(a => a.Sequence).Select(a => a.Action).ToArrayAsync();
        Assert.Equal(actions, read);
        Assert.All(await db.Set<AuditEntry>().Select(a => a.At).ToArrayAsync(), at => Assert.Equal(Instant, at));
    }

    [Fact]
    public async Task Rows_of_a_table_written_before_the_sequence_are_numbered_by_instant_and_the_rows_written_after_follow_them()
    {
        await using var db = await CreateAsync(_ => { });
        await db.Database.ExecuteSqlRawAsync("""
            CREATE TABLE audit_entries ("Id" uuid PRIMARY KEY, "At" timestamp with time zone NOT NULL, "Actor" character varying(128) NOT NULL,
                "ActorOrganisation" character varying(128) NOT NULL, "ActorRole" character varying(32) NOT NULL, "Action" character varying(64) NOT NULL,
                "EntityType" character varying(64) NOT NULL, "EntityId" uuid NOT NULL, "Stream" character varying(64), "Version" integer,
                "Before" jsonb, "After" jsonb);
            INSERT INTO audit_entries VALUES
                (gen_random_uuid(), '2026-11-22 10:00:00+00', 'a', 'o', 'r', 'third', 't', gen_random_uuid(), 's', null, null, null),
                (gen_random_uuid(), '2026-11-22 08:00:00+00', 'a', 'o', 'r', 'first', 't', gen_random_uuid(), 's', null, null, null),
                (gen_random_uuid(), '2026-11-22 09:00:00+00', 'a', 'o', 'r', 'second', 't', gen_random_uuid(), 's', null, null, null);
            """);
        await ExecuteAsync(db, b => b.AddAuditSequence().CreateAuditIndexes());

        AuditTrail<AuditDb>.RecordAs(db, Platform, Instant, "fourth", "t", Guid.NewGuid(), "s", null, null);
        await db.SaveChangesAsync();

        var read = await db.Set<AuditEntry>().OrderBy(a => a.Sequence).Select(a => new { a.Sequence, a.Action }).ToArrayAsync();
        Assert.Equal(["first", "second", "third", "fourth"], read.Select(r => r.Action));
        Assert.Equal([1L, 2L, 3L, 4L], read.Select(r => r.Sequence));
    }

    private static async Task<AuditDb> CreateAsync(Action<MigrationBuilder> migration)
    {
        var db = new AuditDb(new DbContextOptionsBuilder<AuditDb>().UseNpgsql(await TestServers.CreateDatabaseAsync("audit")).Options);
        await ExecuteAsync(db, migration);
        return db;
    }

    private static async Task ExecuteAsync(AuditDb db, Action<MigrationBuilder> migration)
    {
        var builder = new MigrationBuilder("Npgsql.EntityFrameworkCore.PostgreSQL");
        migration(builder);
        foreach (var sql in builder.Operations.Cast<SqlOperation>()) await db.Database.ExecuteSqlRawAsync(sql.Sql);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
