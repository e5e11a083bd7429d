using Intensif.Partners.Api.Domain;
using Microsoft.Extensions.Options;

namespace Intensif.Partners.Api.Infrastructure;

/// <summary>Runs <see cref="ReferralExpiry"/> every Partners:Referrals:SweepInterval.</summary>
public sealed class ReferralExpirySweep(IServiceScopeFactory scopes, IOptions<ReferralOptions> options, TimeProvider clock, ILogger<ReferralExpirySweep> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var expired = await scope.ServiceProvider.GetRequiredService<ReferralExpiry>().ExpireDueAsync(stoppingToken);
                if (expired > 0) logger.LogInformation("Expired {Count} unanswered referral(s)", expired);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "The referral expiry sweep failed; it runs again at the next tick");
            }
        }
    }
}
