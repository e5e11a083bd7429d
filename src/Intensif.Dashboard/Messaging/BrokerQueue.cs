namespace Intensif.Dashboard.Messaging;

/// <summary>One RabbitMQ queue: ready messages, consumers, and whether it is MassTransit's <c>_error</c> queue of an endpoint.</summary>
internal sealed record BrokerQueue(string Name, long Messages, long Consumers)
{
    public bool IsErrorQueue => Name.EndsWith("_error", StringComparison.Ordinal);
}
