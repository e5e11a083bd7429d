namespace Intensif.Hosting.Orchestration;

/// <summary>Aspire's known states (KnownResourceStates), with Unhealthy for a running resource whose check fails.</summary>
public enum ResourceState
{
    NotStarted,
    Waiting,
    Starting,
    Running,
    Unhealthy,
    Stopping,
    Exited,
    FailedToStart,
}
