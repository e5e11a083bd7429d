using Intensif.Dashboard.Messaging;
using Intensif.Messaging;
using Intensif.Platform.Tests.Messaging;
using Intensif.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Intensif.Platform.Tests.Dashboard;

/// <summary>The dashboard reads the outbox backlog with plain SQL: it must agree with Intensif.Messaging's statistics.</summary>
public sealed class OutboxBacklogTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task The_backlog_counts_pending_and_failing_rows_like_the_messaging_library_does()
    {
        await using var db = new LedgerDb(new DbContextOptionsBuilder<LedgerDb>().UseNpgsql(database.ConnectionString).Options);
        await db.Database.EnsureCreatedAsync();
        await ExecuteAsync("""
            insert into outbox_messages (message_id, message_type, aggregate_id, payload, attempts, last_error, created_at, dispatched_at) values
              (gen_random_uuid(), 'T', 'a', '{}', 0, null, now() - interval '90 seconds', null),
              (gen_random_uuid(), 'T', 'b', '{}', 2, 'broker unreachable', now() - interval '30 seconds', null),
              (gen_random_uuid(), 'T', 'c', '{}', 1, 'channel closed', now() - interval '10 seconds', null),
              (gen_random_uuid(), 'T', 'd', '{}', 3, 'old failure', now() - interval '200 seconds', now())
            """);

        var backlog = await OutboxBacklogReader.ReadAsync("ledger-api", "ledgerdb", database.ConnectionString, CancellationToken.None);
        var statistics = await db.GetOutboxStatisticsAsync();

        Assert.Null(backlog.Problem);
        Assert.Equal(3, backlog.Pending);
        Assert.Equal(2, backlog.Failing);
        Assert.Equal("broker unreachable", backlog.LastError);
        Assert.InRange(backlog.OldestPendingSeconds!.Value, 90, 3600);
        Assert.Equal((statistics.Pending, statistics.Failing, statistics.LastError), (backlog.Pending, backlog.Failing, backlog.LastError));
    }

    [Fact]
    public async Task A_database_without_an_outbox_says_so_instead_of_failing()
    {
        var empty = await TestServers.CreateDatabaseAsync("noout");
        try
        {
            var backlog = await OutboxBacklogReader.ReadAsync("api", "emptydb", empty, CancellationToken.None);

            Assert.Contains("no outbox_messages table", backlog.Problem);
        }
        finally
        {
            await TestServers.DropDatabaseAsync(empty);
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
