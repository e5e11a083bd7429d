using Intensif.ServiceDefaults.Identity;
using Microsoft.Extensions.Primitives;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Health;
using Yarp.ReverseProxy.Transforms;

namespace Intensif.Gateway.Extensions;

/// <summary>
/// Routes and clusters built from Aspire's service-discovery configuration (services:{name}:http:{i}, one entry per
/// replica), read when YARP first asks, so tests and the AppHost configure it the same way.
/// </summary>
public sealed class ServiceProxyConfigProvider(IConfiguration configuration, ILogger<ServiceProxyConfigProvider> logger) : IProxyConfigProvider
{
    private IProxyConfig? _config;

    public IProxyConfig GetConfig() => _config ??= Build();

    private IProxyConfig Build()
    {
        var routes = new List<RouteConfig>();
        var clusters = new List<ClusterConfig>();
        foreach (var service in PlatformService.All)
        {
            var addresses = configuration.GetSection($"services:{service.ResourceName}:http").GetChildren()
                .Select(c => c.Value).OfType<string>().ToList();
            if (addresses.Count == 0)
            {
                logger.LogWarning("No address for {Service} (services:{Service}:http:0): {Prefix} answers 404", service.ResourceName, service.ResourceName, service.PathPrefix);
                continue;
            }

            clusters.Add(new ClusterConfig
            {
                ClusterId = service.ResourceName,
                LoadBalancingPolicy = "RoundRobin",
                HealthCheck = new HealthCheckConfig
                {
                    Active = new ActiveHealthCheckConfig { Enabled = true, Interval = TimeSpan.FromSeconds(10), Path = "/alive", Policy = HealthCheckConstants.ActivePolicy.ConsecutiveFailures },
                    Passive = new PassiveHealthCheckConfig { Enabled = true },
                },
                Destinations = addresses.Select((a, i) => (a, i)).ToDictionary(x => $"{service.ResourceName}-{x.i}", x => new DestinationConfig { Address = x.a }),
            });
            routes.Add(new RouteConfig
            {
                RouteId = service.Key,
                ClusterId = service.ResourceName,
                AuthorizationPolicy = AuthenticationExtensions.PlatformUserPolicy,   // validated here and again by the service
                Match = new RouteMatch { Path = service.PathPrefix + "/{**rest}" },
            });
            routes.AddRange(service.AnonymousGetPaths.Select((path, i) => new RouteConfig
            {
                RouteId = $"{service.Key}-anonymous-{i}",
                ClusterId = service.ResourceName,
                AuthorizationPolicy = "anonymous",
                Match = new RouteMatch { Path = path, Methods = ["GET"] },
            }));
            routes.AddRange(service.AnonymousGetPostPaths.Select((path, i) => new RouteConfig
            {
                RouteId = $"{service.Key}-anonymous-get-post-{i}",
                ClusterId = service.ResourceName,
                AuthorizationPolicy = "anonymous",
                Match = new RouteMatch { Path = path, Methods = ["GET", "POST"] },
            }));
            routes.Add(new RouteConfig
            {
                RouteId = service.Key + "-openapi",
                ClusterId = service.ResourceName,
                AuthorizationPolicy = "anonymous",
                Match = new RouteMatch { Path = $"/openapi/{service.Key}.json" },
            }.WithTransformPathSet("/openapi/v1.json"));
        }
        if (clusters.Count == 0)
            throw new InvalidOperationException("The gateway has no service to route to: set services:<name>:http:0 (the AppHost does).");
        return new StaticProxyConfig(routes, clusters);
    }

    private sealed class StaticProxyConfig(IReadOnlyList<RouteConfig> routes, IReadOnlyList<ClusterConfig> clusters) : IProxyConfig
    {
        public IReadOnlyList<RouteConfig> Routes { get; } = routes;
        public IReadOnlyList<ClusterConfig> Clusters { get; } = clusters;
        public IChangeToken ChangeToken { get; } = new CancellationChangeToken(CancellationToken.None);
    }
}
