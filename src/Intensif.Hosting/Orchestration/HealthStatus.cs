namespace Intensif.Hosting.Orchestration;

public enum HealthStatus
{
    Unknown,
    Healthy,
    Unhealthy,
}
