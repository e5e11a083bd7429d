using Intensif.IntegrationEvents;

namespace Intensif.Platform.Tests.Messaging;

/// <summary>The test contract: the <paramref name="Number"/>-th event of aggregate <paramref name="AggregateId"/>.</summary>
public sealed record LedgerEvent(Guid EventId, DateTimeOffset OccurredAt, string AggregateId, int Number) : IIntegrationEvent
{
    public static LedgerEvent Next(string aggregateId, int number) => new(Guid.NewGuid(), DateTimeOffset.UtcNow, aggregateId, number);
}
