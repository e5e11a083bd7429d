namespace Intensif.Hosting.Orchestration.Runners;

/// <summary>The outcome of one health poll, with the per-check reports when the resource gives them.</summary>
internal sealed record HealthResult(bool IsHealthy, string? Description = null)
{
    public static readonly HealthResult Healthy = new(true);

    public IReadOnlyList<HealthReport> Reports { get; init; } = [];
}
