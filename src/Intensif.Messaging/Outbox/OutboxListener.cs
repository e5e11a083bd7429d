using Microsoft.Extensions.Logging;
using Npgsql;

namespace Intensif.Messaging.Outbox;

/// <summary>
/// Holds one connection doing LISTEN on the outbox channel and sets the signal on each notification. Reconnects
/// after a failure; while it is down the relay simply polls.
/// </summary>
internal sealed class OutboxListener(Func<NpgsqlConnection> connect, OutboxSignal signal, ILogger logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = connect();
                await connection.OpenAsync(cancellationToken);
                connection.Notification += (_, _) => signal.Set();
                await using (var listen = new NpgsqlCommand($"listen {OutboxNotifyInterceptor.Channel}", connection))
                    await listen.ExecuteNonQueryAsync(cancellationToken);
                signal.Set();   // catch up with what was committed while we were not listening
                while (true) await connection.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Outbox LISTEN connection failed; polling until it is back");
                try { await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken); } catch (OperationCanceledException) { return; }
            }
        }
    }
}
