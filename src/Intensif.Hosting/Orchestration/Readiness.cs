namespace Intensif.Hosting.Orchestration;

/// <summary>
/// Per declared resource: <see cref="Started"/> once every instance is launched (connection strings and ports known),
/// <see cref="Ready"/> once every instance is healthy and its ready step ran (what WaitFor waits for).
/// </summary>
internal sealed class Readiness(int instances)
{
    private int _started;
    private int _ready;
    private readonly TaskCompletionSource _startedSource = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _readySource = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Started => _startedSource.Task;
    public Task Ready => _readySource.Task;

    public void InstanceStarted()
    {
        if (Interlocked.Increment(ref _started) == instances) _startedSource.TrySetResult();
    }

    public void InstanceReady()
    {
        if (Interlocked.Increment(ref _ready) == instances) _readySource.TrySetResult();
    }
}
