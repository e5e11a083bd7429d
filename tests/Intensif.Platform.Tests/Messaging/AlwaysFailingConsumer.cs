using MassTransit;

namespace Intensif.Platform.Tests.Messaging;

public sealed class AlwaysFailingConsumer(AttemptCounter attempts) : IConsumer<FailingEvent>
{
    public Task Consume(ConsumeContext<FailingEvent> context)
    {
        attempts.Increment();
        throw new InvalidOperationException("this consumer always fails");
    }
}

public sealed class AttemptCounter
{
    private int _count;
    public int Count => Volatile.Read(ref _count);
    public void Increment() => Interlocked.Increment(ref _count);
}
