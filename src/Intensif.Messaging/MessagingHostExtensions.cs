using Intensif.Messaging.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Intensif.Messaging;

public static class MessagingHostExtensions
{
    /// <summary>The connection string name read for the broker (an amqp:// URI with credentials and virtual host).</summary>
    public const string ConnectionStringName = "messaging";

    /// <summary>
    /// MassTransit on RabbitMQ with Intensif's conventions (endpoint names prefixed by <paramref name="servicePrefix"/>,
    /// quorum queues, short retries then <c>_error</c>, publisher confirms, bus started before the host reports started),
    /// plus the outbox of <typeparamref name="TDbContext"/>: <see cref="IOutbox"/>, its relay and the cleanup.
    /// Register consumers in <paramref name="configure"/>.
    /// </summary>
    public static IHostApplicationBuilder AddMessaging<TDbContext>(this IHostApplicationBuilder builder, string servicePrefix,
        Action<IBusRegistrationConfigurator>? configure = null) where TDbContext : DbContext
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(servicePrefix);
        var services = builder.Services;

        services.AddOptions<MessagingOptions>().BindConfiguration("Messaging");
        services.AddMetrics();
        services.AddSingleton(new MessagingService(servicePrefix));
        services.AddSingleton<MessagingMetrics>();
        services.AddSingleton<OutboxNotifyInterceptor>();
        services.ConfigureDbContext<TDbContext>((provider, options) => options.AddInterceptors(provider.GetRequiredService<OutboxNotifyInterceptor>()));
        services.AddScoped<IOutbox, EntityFrameworkOutbox<TDbContext>>();
        services.AddSingleton<OutboxPublisher>();
        services.AddHostedService<OutboxRelay<TDbContext>>();
        services.AddHostedService<MessagingCleanupService<TDbContext>>();

        services.Configure<MassTransitHostOptions>(o =>
        {
            // without it the host reports started before the bus is connected (and readiness lies)
            o.WaitUntilStarted = true;
            o.StartTimeout = TimeSpan.FromSeconds(60);
            o.StopTimeout = TimeSpan.FromSeconds(15);
        });

        services.AddMassTransit(x =>
        {
            x.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(servicePrefix + "-", includeNamespace: false));
            // the bus check joins /health (readiness), never /alive: a broker outage must not restart the process
            x.ConfigureHealthCheckOptions(h =>
            {
                h.Name = "messaging";
                h.Tags.Clear();
                h.Tags.Add("ready");
                h.Tags.Add("messaging");
            });
            x.AddConfigureEndpointsCallback((context, _, endpoint) => MessagingConventions.Apply(context, endpoint));
            configure?.Invoke(x);
            x.UsingRabbitMq((context, rabbit) =>
            {
                var uri = context.GetRequiredService<IConfiguration>().GetConnectionString(ConnectionStringName);
                if (string.IsNullOrWhiteSpace(uri) || !Uri.TryCreate(uri, UriKind.Absolute, out var address))
                    throw new InvalidOperationException(
                        $"ConnectionStrings:{ConnectionStringName} is missing or not an amqp:// URI (user, password and virtual host included).");
                // user:password and the virtual host are read from the URI by MassTransit
                rabbit.Host(address, h => h.PublisherConfirmation = true);
                rabbit.ConfigureEndpoints(context);
            });
        });
        return builder;
    }
}
