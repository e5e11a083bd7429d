namespace Intensif.Hosting.Orchestration.Runners;

internal sealed record HealthResult(bool IsHealthy, string? Description = null)
{
    public static readonly HealthResult Healthy = new(true);
}
