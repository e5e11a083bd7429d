namespace Intensif.Hosting.Servers;

/// <summary>A start-up failure with its cause and the fix, told to the user in one line.</summary>
public sealed class HostingException(string message) : Exception(message);
