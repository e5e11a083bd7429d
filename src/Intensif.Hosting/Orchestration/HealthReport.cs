namespace Intensif.Hosting.Orchestration;

/// <summary>One health check of a resource as last seen (Aspire's health_reports): its name, status and why.</summary>
public sealed record HealthReport(string Name, HealthStatus Status, string? Description);
