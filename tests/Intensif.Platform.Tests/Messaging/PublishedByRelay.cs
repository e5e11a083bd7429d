using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Intensif.Platform.Tests.Messaging;

/// <summary>Listens to the "intensif.messaging.outbox.published" counter: how many rows each relay (meter) published.</summary>
internal sealed class PublishedByRelay : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<Meter, long> _published = new();

    public PublishedByRelay(string service)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "Intensif.Messaging" && instrument.Name == "intensif.messaging.outbox.published")
                listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            foreach (var tag in tags)
                if (tag.Key == "service" && Equals(tag.Value, service))
                    _published.AddOrUpdate(instrument.Meter, value, (_, total) => total + value);
        });
        _listener.Start();
    }

    public IReadOnlyList<long> Counts => _published.Values.ToList();

    public void Dispose() => _listener.Dispose();
}
