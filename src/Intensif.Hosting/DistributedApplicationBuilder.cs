using Intensif.Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;

namespace Intensif.Hosting;

internal sealed class DistributedApplicationBuilder : IDistributedApplicationBuilder
{
    private readonly ConfigurationManager _configuration = new();

    public DistributedApplicationBuilder(string[] args)
    {
        _configuration
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args);
    }

    public IConfigurationManager Configuration => _configuration;
    public IList<IResource> Resources { get; } = [];
    public IList<IDistributedApplicationLifecycleHook> LifecycleHooks { get; } = [];

    public IResourceBuilder<T> AddResource<T>(T resource) where T : IResource
    {
        if (Resources.Any(r => string.Equals(r.Name, resource.Name, StringComparison.OrdinalIgnoreCase)))
            throw new InvalidOperationException($"A resource named '{resource.Name}' already exists.");
        Resources.Add(resource);
        return CreateResourceBuilder(resource);
    }

    public IResourceBuilder<T> CreateResourceBuilder<T>(T resource) where T : IResource => new ResourceBuilder<T>(resource, this);

    public DistributedApplication Build() =>
        new(new DistributedApplicationModel([.. Resources]), _configuration, [.. LifecycleHooks]);
}
