namespace Intensif.Dashboard.Messaging;

/// <summary>The broker's queues at a moment, or why they could not be listed.</summary>
internal sealed record BrokerQueues(IReadOnlyList<BrokerQueue> Queues, string? Problem, DateTimeOffset At);
