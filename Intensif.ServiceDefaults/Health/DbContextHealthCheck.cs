using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Intensif.ServiceDefaults.Health;

/// <summary>Ready only when the service's own database answers.</summary>
public sealed class DbContextHealthCheck<TDbContext>(TDbContext db) : IHealthCheck where TDbContext : DbContext
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"{typeof(TDbContext).Name}: the database does not answer");
}
