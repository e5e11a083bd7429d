using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Intensif.Messaging;

public static class OutboxStatisticsExtensions
{
    /// <summary>Pending and failing counts and the oldest pending age of this database's outbox (uses the pending index).</summary>
    public static async Task<OutboxStatistics> GetOutboxStatisticsAsync(this DbContext db, CancellationToken cancellationToken = default)
    {
        var table = MessagingTables.For(db).Outbox;
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await connection.OpenAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand($"""
                select count(*),
                       count(*) filter (where attempts > 0),
                       extract(epoch from now() - min(created_at))::float8,
                       (select last_error from {table} where dispatched_at is null and attempts > 0 order by sequence limit 1)
                from {table} where dispatched_at is null
                """, connection);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            return new OutboxStatistics(
                reader.GetInt64(0),
                reader.GetInt64(1),
                reader.IsDBNull(2) ? null : TimeSpan.FromSeconds(reader.GetDouble(2)),
                reader.IsDBNull(3) ? null : reader.GetString(3));
        }
        finally
        {
            if (opened) await connection.CloseAsync();
        }
    }
}
