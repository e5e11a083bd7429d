using Npgsql;

namespace Intensif.Messaging.Outbox;

/// <summary>The relay's and cleanup's SQL on outbox_messages and inbox_messages, on a connection and transaction they own.</summary>
internal sealed class OutboxStore(MessagingTables tables)
{
    /// <summary>
    /// Locks the next publishable rows in sequence order, skipping rows another relay holds. Only the head of each
    /// aggregate is eligible (no earlier pending row of the same aggregate, locked or backing off), which is what
    /// keeps order per aggregate with several relays and after a failure.
    /// </summary>
    public async Task<IReadOnlyList<OutboxRow>> ClaimAsync(NpgsqlConnection connection, int limit, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"""
            select o.sequence, o.message_id, o.message_type, o.aggregate_id, o.payload::text, o.headers::text,
                   o.trace_parent, o.trace_state, o.attempts
            from {tables.Outbox} o
            where o.dispatched_at is null
              and (o.not_before is null or o.not_before <= now())
              and not exists (select 1 from {tables.Outbox} e
                              where e.aggregate_id = o.aggregate_id and e.dispatched_at is null and e.sequence < o.sequence)
            order by o.sequence
            limit @limit
            for update of o skip locked
            """, connection);
        command.Parameters.AddWithValue("limit", limit);
        var rows = new List<OutboxRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new OutboxRow(
                reader.GetInt64(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.GetInt32(8)));
        }
        return rows;
    }

    public async Task MarkDispatchedAsync(NpgsqlConnection connection, IReadOnlyList<long> sequences, CancellationToken cancellationToken)
    {
        if (sequences.Count == 0) return;
        await using var command = new NpgsqlCommand(
            $"update {tables.Outbox} set dispatched_at = now(), not_before = null where sequence = any(@sequences)", connection);
        command.Parameters.AddWithValue("sequences", sequences.ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task MarkFailedAsync(NpgsqlConnection connection, long sequence, string error, TimeSpan backoff, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"update {tables.Outbox} set attempts = attempts + 1, last_error = @error, not_before = now() + @backoff where sequence = @sequence",
            connection);
        command.Parameters.AddWithValue("error", error.Length > 2000 ? error[..2000] : error);
        command.Parameters.AddWithValue("backoff", backoff);
        command.Parameters.AddWithValue("sequence", sequence);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<int> DeleteDispatchedAsync(NpgsqlConnection connection, TimeSpan olderThan, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"delete from {tables.Outbox} where dispatched_at < now() - @age", connection);
        command.Parameters.AddWithValue("age", olderThan);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<int> PurgeInboxAsync(NpgsqlConnection connection, TimeSpan olderThan, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"delete from {tables.Inbox} where received_at < now() - @age", connection);
        command.Parameters.AddWithValue("age", olderThan);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
