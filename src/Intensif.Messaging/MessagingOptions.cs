namespace Intensif.Messaging;

/// <summary>Tuning of the relay and cleanup; bound from the "Messaging" configuration section. Defaults suit production.</summary>
public sealed class MessagingOptions
{
    /// <summary>How often the relay looks for rows when no notification arrives.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>Rows claimed per transaction (at most one per aggregate, see docs/messaging.md).</summary>
    public int BatchSize { get; set; } = 100;
    /// <summary>A publish not confirmed by the broker within this time counts as failed (and is retried).</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);
    /// <summary>Back-off after a failed publish doubles from one second up to this.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>Dispatched outbox rows are kept this long (for investigation and replay), then deleted.</summary>
    public TimeSpan OutboxRetention { get; set; } = TimeSpan.FromDays(7);
    /// <summary>Inbox rows are kept this long: it must exceed any redelivery horizon (broker, _error replays).</summary>
    public TimeSpan InboxRetention { get; set; } = TimeSpan.FromDays(14);
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);
    /// <summary>How often the relay refreshes the pending count and oldest age behind the gauges.</summary>
    public TimeSpan StatisticsInterval { get; set; } = TimeSpan.FromSeconds(5);
}
