using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Intensif.Messaging.Outbox;

/// <summary>
/// Publishes committed outbox rows: claim (FOR UPDATE SKIP LOCKED), publish with broker confirm, mark dispatched,
/// commit. A crash after the confirm and before the commit republishes the row with the same MessageId, which the
/// consumers' inboxes absorb. Wakes on NOTIFY, polls as a fallback.
/// </summary>
internal sealed class OutboxRelay<TDbContext>(
    IServiceScopeFactory scopes,
    OutboxPublisher publisher,
    MessagingMetrics metrics,
    IHostApplicationLifetime lifetime,
    IOptions<MessagingOptions> options,
    ILogger<OutboxRelay<TDbContext>> logger) : BackgroundService where TDbContext : DbContext
{
    private readonly MessagingOptions _options = options.Value;
    private readonly OutboxSignal _signal = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // publish only once the bus has started (MassTransit's hosted service, WaitUntilStarted) and its consumers'
        // queues are bound: an event published to an exchange with no queue bound is dropped by the broker
        if (!await ApplicationStartedAsync(stoppingToken)) return;
        var (prototype, tables) = Describe();
        var store = new OutboxStore(tables);
        NpgsqlConnection Connect() => (NpgsqlConnection)((ICloneable)prototype).Clone();
        var listening = new OutboxListener(Connect, _signal, logger).RunAsync(stoppingToken);

        var nextStatistics = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            var outcome = BatchOutcome.Idle;
            try
            {
                outcome = await DispatchBatchAsync(Connect, store, stoppingToken);
                if (DateTimeOffset.UtcNow >= nextStatistics)
                {
                    metrics.Update(await ReadStatisticsAsync(stoppingToken));
                    nextStatistics = DateTimeOffset.UtcNow + _options.StatisticsInterval;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                outcome = BatchOutcome.Failed;
                logger.LogError(e, "Outbox relay cycle failed; retrying");
            }

            // the head-of-aggregate rule means a productive batch may have unblocked more rows: go again at once
            if (outcome == BatchOutcome.Progress) continue;
            try { await _signal.WaitAsync(_options.PollInterval, stoppingToken); } catch (OperationCanceledException) { break; }
        }
        await listening;
    }

    private async Task<BatchOutcome> DispatchBatchAsync(Func<NpgsqlConnection> connect, OutboxStore store, CancellationToken cancellationToken)
    {
        await using var connection = connect();
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var rows = await store.ClaimAsync(connection, _options.BatchSize, cancellationToken);
        if (rows.Count == 0) return BatchOutcome.Idle;

        // a batch holds at most one row per aggregate (the head), so its rows may be published concurrently
        // without breaking order per aggregate; with the broker down they all time out together
        var results = await Task.WhenAll(rows.Select(row => PublishAsync(row, cancellationToken)));
        var dispatched = results.Where(r => r.Published).Select(r => r.Row.Sequence).ToList();
        var failures = results.Where(r => r.Error is not null).ToList();

        // confirmed publishes are recorded even when shutdown has begun: never cancel this commit
        await store.MarkDispatchedAsync(connection, dispatched, CancellationToken.None);
        foreach (var (row, _, error) in failures)
        {
            var backoff = Backoff(row.Attempts + 1);
            await store.MarkFailedAsync(connection, row.Sequence, error!.Message, backoff, CancellationToken.None);
            logger.LogDebug(error, "Publishing outbox message {MessageId} failed on attempt {Attempt}; retrying in {Backoff}",
                row.MessageId, row.Attempts + 1, backoff);
        }
        await transaction.CommitAsync(CancellationToken.None);

        metrics.Published(dispatched.Count);
        if (failures.Count > 0)
        {
            var (first, _, error) = failures[0];
            metrics.Failed(failures.Count);
            logger.LogWarning(error, "Publishing {Failed} of {Claimed} outbox messages failed; first: {MessageId} ({MessageType}, aggregate {AggregateId}, attempt {Attempt}). They will be retried",
                failures.Count, rows.Count, first.MessageId, first.MessageType, first.AggregateId, first.Attempts + 1);
        }
        return dispatched.Count > 0 ? BatchOutcome.Progress : failures.Count > 0 ? BatchOutcome.Failed : BatchOutcome.Idle;
    }

    private async Task<PublishResult> PublishAsync(OutboxRow row, CancellationToken stoppingToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            timeout.CancelAfter(_options.PublishTimeout);
            await publisher.PublishAsync(row, timeout.Token);
            return new PublishResult(row, true, null);
        }
        catch (Exception) when (stoppingToken.IsCancellationRequested)
        {
            return new PublishResult(row, false, null);   // shutdown, not the row's fault: no attempt counted
        }
        catch (Exception e)
        {
            return new PublishResult(row, false, e);
        }
    }

    private sealed record PublishResult(OutboxRow Row, bool Published, Exception? Error);

    private async Task<bool> ApplicationStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await using var onStopping = stoppingToken.Register(() => started.TrySetCanceled());
        try { await started.Task; return true; }
        catch (OperationCanceledException) { return false; }
    }

    private TimeSpan Backoff(int attempt) =>
        TimeSpan.FromSeconds(Math.Min(Math.Pow(2, Math.Min(attempt - 1, 20)), _options.MaxBackoff.TotalSeconds));

    private (NpgsqlConnection Prototype, MessagingTables Tables) Describe()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        // a clone is taken before the context ever opens its connection, so it keeps the credentials
        var prototype = (NpgsqlConnection)((ICloneable)(NpgsqlConnection)db.Database.GetDbConnection()).Clone();
        return (prototype, MessagingTables.For(db));
    }

    private async Task<OutboxStatistics> ReadStatisticsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TDbContext>().GetOutboxStatisticsAsync(cancellationToken);
    }

    private enum BatchOutcome { Idle, Progress, Failed }
}
