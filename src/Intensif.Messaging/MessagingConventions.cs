using MassTransit;

namespace Intensif.Messaging;

/// <summary>What every receive endpoint of every service gets (architecture §3).</summary>
internal static class MessagingConventions
{
    /// <summary>In-memory retry delays: transient faults only; then the message goes to the endpoint's _error queue.</summary>
    public static readonly TimeSpan[] RetryIntervals = [TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1)];

    public static void Apply(IRegistrationContext context, IReceiveEndpointConfigurator endpoint)
    {
        endpoint.UseMessageRetry(r => r.Intervals(RetryIntervals));
        // inside the retry: messages a failed attempt published with context.Publish are discarded, not sent
        endpoint.UseInMemoryOutbox(context);
        if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
        {
            // durable and replicated; on a single node the quorum has one member and behaves like a durable queue
            rabbit.SetQuorumQueue();
        }
    }
}
