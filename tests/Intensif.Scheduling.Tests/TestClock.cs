namespace Intensif.Scheduling.Tests;

/// <summary>A clock the test moves by hand, injected as the service's TimeProvider.</summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; private set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
