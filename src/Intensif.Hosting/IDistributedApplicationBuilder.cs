using Intensif.Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;

namespace Intensif.Hosting;

/// <summary>Declares the application: its resources, their relations and configuration (Aspire's shape).</summary>
public interface IDistributedApplicationBuilder
{
    /// <summary>appsettings.json, environment variables and command line (<c>--Postgres:Port=55433</c>).</summary>
    IConfigurationManager Configuration { get; }
    IList<IResource> Resources { get; }

    /// <summary>Components started and stopped with the application (the dashboard is one).</summary>
    IList<IDistributedApplicationLifecycleHook> LifecycleHooks { get; }

    IResourceBuilder<T> AddResource<T>(T resource) where T : IResource;
    IResourceBuilder<T> CreateResourceBuilder<T>(T resource) where T : IResource;
    DistributedApplication Build();
}
