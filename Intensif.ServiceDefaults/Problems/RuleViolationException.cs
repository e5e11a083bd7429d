namespace Intensif.ServiceDefaults.Problems;

/// <summary>
/// A business rule refused the change (e.g. "portfolio-full"). Answered as 409 with the stable <see cref="Code"/>;
/// nothing is persisted because the exception leaves before SaveChanges.
/// </summary>
public sealed class RuleViolationException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
