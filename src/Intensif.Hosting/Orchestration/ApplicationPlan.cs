using Intensif.Hosting.ApplicationModel;
using Intensif.Hosting.Identity;
using Intensif.Hosting.Processes;
using Intensif.Hosting.Servers;
using Microsoft.Extensions.Configuration;

namespace Intensif.Hosting.Orchestration;

/// <summary>
/// The model made concrete for one run: instances per replica with their ports, which servers are external,
/// the JWT signing key. Computed before anything starts so configuration errors surface first.
/// </summary>
internal sealed class ApplicationPlan
{
    private readonly Dictionary<IResource, IReadOnlyList<ResourceInstance>> _instances = [];

    private ApplicationPlan(DistributedApplicationModel model, IConfiguration configuration, HostingSettings settings)
    {
        Model = model;
        Configuration = configuration;
        Settings = settings;
    }

    public DistributedApplicationModel Model { get; }
    public IConfiguration Configuration { get; }
    public HostingSettings Settings { get; }
    public string JwtSigningKey { get; private set; } = "";
    public IEnumerable<ResourceInstance> Instances => Model.Resources.SelectMany(r => _instances[r]);

    public static ApplicationPlan Create(DistributedApplicationModel model, IConfiguration configuration, HostingSettings settings)
    {
        var plan = new ApplicationPlan(model, configuration, settings);
        foreach (var resource in model.Resources) plan._instances[resource] = plan.CreateInstances(resource);
        foreach (var external in model.Resources.Where(plan.IsExternal)) plan.UseExternal(external);
        plan.JwtSigningKey = DevSigningKey.LoadOrCreate(settings.StateDirectory);
        return plan;
    }

    public IReadOnlyList<ResourceInstance> InstancesOf(IResource resource) => _instances[resource];

    /// <summary>Fails before anything starts when a fixed endpoint port (e.g. the gateway's) is taken.</summary>
    public void CheckFixedPorts()
    {
        foreach (var resource in Model.Resources)
        {
            var endpoint = resource.Annotations.OfType<EndpointAnnotation>().LastOrDefault();
            if (endpoint is null || (endpoint.Port is null && Configuration[$"{resource.Name}:Port"] is null)) continue;
            foreach (var instance in InstancesOf(resource).Where(i => i.Port is { } p && !Ports.IsFree(p)))
                throw new HostingException($"{instance.Name}: port {instance.Port} on 127.0.0.1 is already in use. Stop whatever holds it (`ss -ltnp 'sport = :{instance.Port}'`) or choose another port ({resource.Name}:Port).");
        }
    }

    /// <summary>A server whose connection string is configured is used as is, never launched.</summary>
    public bool IsExternal(IResource resource) =>
        resource is PostgresServerResource or RabbitMQServerResource
        && !string.IsNullOrWhiteSpace(Configuration.GetConnectionString(resource.Name));

    /// <summary>Resources this one must wait for: WaitFor, plus a database's server.</summary>
    public IEnumerable<IResource> WaitsOf(IResource resource) =>
        resource.Annotations.OfType<WaitAnnotation>().Select(w => w.Resource)
            .Concat(resource is IResourceWithParent child ? [child.Parent] : [])
            .Distinct();

    public IEnumerable<IResource> ReferencesOf(IResource resource) =>
        resource.Annotations.OfType<ResourceReferenceAnnotation>().Select(r => r.Resource).Distinct();

    /// <summary>Depth in the dependency graph: dependents stop before what they depend on.</summary>
    public int LevelOf(IResource resource, int guard = 0)
    {
        if (guard > Model.Resources.Count) throw new HostingException($"'{resource.Name}' is part of a WaitFor/WithReference cycle: break the cycle in the AppHost.");
        var dependencies = WaitsOf(resource).Concat(ReferencesOf(resource)).Distinct().ToList();
        return dependencies.Count == 0 ? 0 : 1 + dependencies.Max(d => LevelOf(d, guard + 1));
    }

    private IReadOnlyList<ResourceInstance> CreateInstances(IResource resource)
    {
        var replicas = resource.Annotations.OfType<ReplicaAnnotation>().LastOrDefault()?.Replicas ?? 1;
        var endpoint = resource.Annotations.OfType<EndpointAnnotation>().LastOrDefault();
        var fixedPort = endpoint is null ? null : Configuration.GetValue<int?>($"{resource.Name}:Port") ?? endpoint.Port;
        if (fixedPort is not null && replicas > 1)
            throw new HostingException($"'{resource.Name}' has {replicas} replicas on the fixed port {fixedPort}: replicas need free ports (remove the port or the replicas).");

        return Enumerable.Range(0, replicas)
            .Select(i => new ResourceInstance(
                resource,
                replicas == 1 ? resource.Name : $"{resource.Name}-{i}",
                i,
                endpoint is null ? null : fixedPort ?? Ports.GetFree()))
            .ToList();
    }

    private void UseExternal(IResource resource)
    {
        var connectionString = Configuration.GetConnectionString(resource.Name)!;
        switch (resource)
        {
            case PostgresServerResource postgres: postgres.SetConnectionString(connectionString); break;
            case RabbitMQServerResource rabbit:
                if (!Uri.TryCreate(connectionString, UriKind.Absolute, out var uri) || uri.Scheme is not ("amqp" or "amqps"))
                    throw new HostingException($"ConnectionStrings:{resource.Name} must be an AMQP URI (amqp://user:password@host:5672/), not '{connectionString}'.");
                rabbit.SetConnectionString(connectionString);
                break;
        }
    }
}
