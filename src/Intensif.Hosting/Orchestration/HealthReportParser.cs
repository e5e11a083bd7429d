using System.Text.Json;

namespace Intensif.Hosting.Orchestration;

/// <summary>
/// Reads the per-check reports out of a service's /health answer (ServiceDefaults writes
/// {"status", "checks": {name: {"status", "description"}}}); an answer in another shape yields no report.
/// </summary>
public static class HealthReportParser
{
    public static IReadOnlyList<HealthReport> Parse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body)) return [];
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("checks", out var checks) || checks.ValueKind != JsonValueKind.Object)
                return [];
            return checks.EnumerateObject().Select(check => new HealthReport(
                check.Name,
                check.Value.TryGetProperty("status", out var status) && status.GetString() == "Healthy" ? HealthStatus.Healthy : HealthStatus.Unhealthy,
                check.Value.TryGetProperty("description", out var description) && description.ValueKind == JsonValueKind.String ? description.GetString() : null))
                .ToList();
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
