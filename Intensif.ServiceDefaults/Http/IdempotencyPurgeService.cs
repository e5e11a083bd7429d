using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Intensif.ServiceDefaults.Http;

/// <summary>Deletes Idempotency-Keys older than a day, once an hour: a retry comes within minutes, not days.</summary>
public sealed partial class IdempotencyPurgeService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<IdempotencyPurgeService> logger) : BackgroundService
{
    public static readonly TimeSpan Retention = TimeSpan.FromDays(1);
    private static readonly TimeSpan Period = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var purged = await scope.ServiceProvider.GetRequiredService<IIdempotencyStore>().PurgeAsync(clock.GetUtcNow() - Retention, stoppingToken);
                if (purged > 0) LogPurged(purged);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogPurgeFailed(e);
            }
        }
    }

    [LoggerMessage(LogLevel.Information, "Purged {Count} expired Idempotency-Keys")]
    private partial void LogPurged(int count);

    [LoggerMessage(LogLevel.Warning, "Purging expired Idempotency-Keys failed; retrying in an hour")]
    private partial void LogPurgeFailed(Exception exception);
}
