using Intensif.Hosting.ApplicationModel;
using Intensif.Hosting.Identity;

namespace Intensif.Hosting.Orchestration;

/// <summary>
/// The environment a project or executable gets, with Aspire's names (platform-anchors §2.3): its URL, the
/// connection strings and service endpoints it references, OpenTelemetry identity, and the JWT settings.
/// </summary>
internal static class ProcessEnvironment
{
    /// <summary>Never inherited from the AppHost's own environment (as Aspire's DcpHost does).</summary>
    public static readonly IReadOnlyList<string> NotInherited =
    [
        "ASPNETCORE_URLS", "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "DOTNET_LAUNCH_PROFILE",
        "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "HTTP_PORTS", "HTTPS_PORTS", "OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_HEADERS",
    ];

    public static IReadOnlyDictionary<string, string> For(ApplicationPlan plan, ResourceInstance instance)
    {
        var resource = instance.Resource;
        var env = new Dictionary<string, string>(StringComparer.Ordinal);

        if (resource is ProjectResource && instance.Url is { } url)
        {
            env["ASPNETCORE_URLS"] = url;
            env["ASPNETCORE_ENVIRONMENT"] = plan.Settings.EnvironmentName;
        }
        if (resource.Annotations.OfType<EndpointAnnotation>().LastOrDefault() is { EnvironmentVariable: { } portVariable } && instance.Port is { } port)
            env[portVariable] = port.ToString();

        foreach (var referenced in plan.ReferencesOf(resource))
        {
            switch (referenced)
            {
                case IResourceWithConnectionString withConnectionString:
                    env[$"ConnectionStrings__{referenced.Name}"] = withConnectionString.GetConnectionString();
                    break;
                case IResourceWithEndpoints:
                    foreach (var replica in plan.InstancesOf(referenced).Where(r => r.Url is not null))
                        env[$"services__{referenced.Name}__http__{replica.ReplicaIndex}"] = replica.Url!;
                    break;
            }
        }

        env["OTEL_SERVICE_NAME"] = resource.Name;
        env["OTEL_RESOURCE_ATTRIBUTES"] = $"service.instance.id={instance.Name}";
        if (plan.Settings.OtlpEndpoint is { } otlp)
        {
            env["OTEL_EXPORTER_OTLP_ENDPOINT"] = otlp;
            env["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
            env["OTEL_EXPORTER_OTLP_HEADERS"] = $"x-otlp-api-key={plan.Settings.OtlpApiKey}";
            if (plan.Settings.EnvironmentName == "Development")
            {
                // the dashboard shows a request within a second or two instead of the SDK defaults (5 s, 60 s)
                env["OTEL_BSP_SCHEDULE_DELAY"] = "1000";
                env["OTEL_BLRP_SCHEDULE_DELAY"] = "1000";
                env["OTEL_METRIC_EXPORT_INTERVAL"] = "2000";
            }
        }
        // plain single-line console output, so the captured log reads well on the dashboard
        env["Logging__Console__FormatterName"] = "simple";

        env["Jwt__Issuer"] = DevTokenIssuer.DefaultIssuer;
        env["Jwt__Audience"] = DevTokenIssuer.DefaultAudience;
        env["Jwt__SigningKey"] = plan.JwtSigningKey;

        foreach (var variable in resource.Annotations.OfType<EnvironmentAnnotation>())
            env[variable.Name] = variable.Value();
        return env;
    }
}
