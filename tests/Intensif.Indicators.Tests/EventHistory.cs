using Intensif.IntegrationEvents;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Intensif.Indicators.Tests;

/// <summary>Publishes events as the outbox relay does: the MessageId is the event's id, so a redelivery is recognised.</summary>
internal static class EventHistory
{
    public static async Task PublishAsync(IServiceProvider services, IIntegrationEvent message)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IBus>().Publish((object)message, context => context.MessageId = message.EventId);
    }

    public static DateOnly Day(string day) => DateOnly.Parse(day);

    public static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant);
}
