using Microsoft.Extensions.Configuration;
using Intensif.Hosting.ApplicationModel;

namespace Intensif.Hosting;

public static class RabbitMQBuilderExtensions
{
    public const int DefaultPort = 25700;

    /// <summary>
    /// A RabbitMQ broker. Launched privately unless <c>ConnectionStrings:{name}</c> holds an external AMQP URI;
    /// AMQP port from configuration <c>RabbitMQ:Port</c>, else <paramref name="port"/>, else 25700 (must be below 35500).
    /// </summary>
    public static IResourceBuilder<RabbitMQServerResource> AddRabbitMQ(this IDistributedApplicationBuilder builder, string name, int? port = null)
    {
        var configured = builder.Configuration.GetValue<int?>("RabbitMQ:Port");
        return builder.AddResource(new RabbitMQServerResource(name, configured ?? port ?? DefaultPort));
    }
}
