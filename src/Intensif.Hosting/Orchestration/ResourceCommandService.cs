namespace Intensif.Hosting.Orchestration;

/// <summary>
/// Runs an operator's start, stop or restart on one instance (Aspire's ResourceCommandService). The commands an
/// instance accepts are on its <see cref="ResourceSnapshot.Commands"/>; the result says what happened.
/// </summary>
public sealed class ResourceCommandService
{
    private readonly Func<string, string, CancellationToken, Task<ResourceCommandResult>> _execute;

    internal ResourceCommandService(Orchestrator orchestrator) => _execute = orchestrator.ExecuteCommandAsync;

    public Task<ResourceCommandResult> ExecuteCommandAsync(string instanceName, string command, CancellationToken cancellationToken = default) =>
        _execute(instanceName, command, cancellationToken);
}
