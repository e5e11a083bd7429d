namespace Intensif.Hosting.Orchestration;

/// <summary>The outcome of an operator's command, as the dashboard shows it.</summary>
public sealed record ResourceCommandResult(bool Succeeded, string Message)
{
    public static ResourceCommandResult Success(string message) => new(true, message);
    public static ResourceCommandResult Failure(string message) => new(false, message);
}
