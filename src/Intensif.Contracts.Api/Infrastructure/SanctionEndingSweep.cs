using Intensif.Contracts.Api.Apis;

namespace Intensif.Contracts.Api.Infrastructure;

/// <summary>Runs <see cref="SanctionEnding"/> every hour: sanctions past their decided end date end by themselves.</summary>
public sealed class SanctionEndingSweep(IServiceScopeFactory scopes, TimeProvider clock, ILogger<SanctionEndingSweep> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var ended = await scope.ServiceProvider.GetRequiredService<SanctionEnding>().EndDueAsync(stoppingToken);
                if (ended > 0) logger.LogInformation("Ended {Count} sanction(s) past their end date", ended);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "The sanction ending sweep failed; it runs again at the next tick");
            }
        }
    }
}
