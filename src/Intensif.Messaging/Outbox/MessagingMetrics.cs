using System.Diagnostics.Metrics;

namespace Intensif.Messaging.Outbox;

/// <summary>
/// The "Intensif.Messaging" meter of one service: published and failed counters, and gauges over the latest outbox
/// statistics the relay refreshed (gauge callbacks must not query the database).
/// </summary>
internal sealed class MessagingMetrics
{
    public const string MeterName = "Intensif.Messaging";
    private readonly Counter<long> _published;
    private readonly Counter<long> _failures;
    private readonly KeyValuePair<string, object?> _service;
    private volatile OutboxStatistics _latest = OutboxStatistics.Empty;

    public MessagingMetrics(IMeterFactory meterFactory, MessagingService service)
    {
        _service = new("service", service.Prefix);
        var meter = meterFactory.Create(MeterName);
        _published = meter.CreateCounter<long>("intensif.messaging.outbox.published", "{message}", "Outbox rows published and confirmed by the broker");
        _failures = meter.CreateCounter<long>("intensif.messaging.outbox.publish_failures", "{attempt}", "Failed publish attempts (row backs off)");
        meter.CreateObservableGauge("intensif.messaging.outbox.pending", () => new Measurement<long>(_latest.Pending, _service),
            "{message}", "Outbox rows not yet published");
        meter.CreateObservableGauge("intensif.messaging.outbox.failing", () => new Measurement<long>(_latest.Failing, _service),
            "{message}", "Pending outbox rows whose last publish failed");
        meter.CreateObservableGauge("intensif.messaging.outbox.oldest_pending_age",
            () => new Measurement<double>(_latest.OldestPendingAge?.TotalSeconds ?? 0, _service),
            "s", "Age of the oldest unpublished outbox row");
    }

    public OutboxStatistics Latest => _latest;

    public void Published(int count) => _published.Add(count, _service);

    public void Failed(int count) => _failures.Add(count, _service);

    public void Update(OutboxStatistics statistics) => _latest = statistics;
}
