using Npgsql;

namespace Intensif.Dashboard.Messaging;

/// <summary>
/// The dashboard has no DbContext: it runs the same query as OutboxStatisticsExtensions.GetOutboxStatisticsAsync
/// (count and min over the pending rows of outbox_messages, served by its pending index) with plain Npgsql.
/// </summary>
internal static class OutboxBacklogReader
{
    private const string Query = """
        select count(*),
               count(*) filter (where attempts > 0),
               extract(epoch from now() - min(created_at))::float8,
               (select last_error from outbox_messages where dispatched_at is null and attempts > 0 order by sequence limit 1)
        from outbox_messages where dispatched_at is null
        """;

    public static async Task<OutboxBacklog> ReadAsync(string service, string database, string connectionString, CancellationToken cancellationToken)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 3, CommandTimeout = 5 };
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using (var exists = new NpgsqlCommand("select to_regclass('outbox_messages') is not null", connection))
            {
                if (await exists.ExecuteScalarAsync(cancellationToken) is not true)
                    return new OutboxBacklog(service, database, 0, 0, null, null, "no outbox_messages table (migrations not applied yet)");
            }
            await using var command = new NpgsqlCommand(Query, connection);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            return new OutboxBacklog(service, database,
                reader.GetInt64(0),
                reader.GetInt64(1),
                reader.IsDBNull(2) ? null : reader.GetDouble(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                null);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            return new OutboxBacklog(service, database, 0, 0, null, null, e.Message);
        }
    }
}
