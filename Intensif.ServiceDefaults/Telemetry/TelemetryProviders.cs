using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Intensif.ServiceDefaults.Telemetry;

/// <summary>Holds the providers so they are flushed and disposed with the application (instance registrations are not disposed by DI).</summary>
public sealed record TelemetryProviders(TracerProvider Tracer, MeterProvider Meters) : IDisposable
{
    public void Dispose()
    {
        Tracer.Dispose();
        Meters.Dispose();
    }
}
