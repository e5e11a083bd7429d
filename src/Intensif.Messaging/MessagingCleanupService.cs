using Intensif.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Intensif.Messaging;

/// <summary>Deletes dispatched outbox rows and inbox rows past their retention, at start and then periodically.</summary>
internal sealed class MessagingCleanupService<TDbContext>(
    IServiceScopeFactory scopes, IOptions<MessagingOptions> options, ILogger<MessagingCleanupService<TDbContext>> logger)
    : BackgroundService where TDbContext : DbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var settings = options.Value;
        using var timer = new PeriodicTimer(settings.CleanupInterval);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
                var store = new OutboxStore(MessagingTables.For(db));
                var connection = (NpgsqlConnection)db.Database.GetDbConnection();
                await connection.OpenAsync(stoppingToken);
                var outbox = await store.DeleteDispatchedAsync(connection, settings.OutboxRetention, stoppingToken);
                var inbox = await store.PurgeInboxAsync(connection, settings.InboxRetention, stoppingToken);
                if (outbox + inbox > 0)
                    logger.LogInformation("Messaging cleanup deleted {OutboxRows} dispatched outbox rows and {InboxRows} inbox rows", outbox, inbox);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Messaging cleanup failed; trying again in {Interval}", settings.CleanupInterval);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken cancellationToken)
    {
        try { return await timer.WaitForNextTickAsync(cancellationToken); }
        catch (OperationCanceledException) { return false; }
    }
}
