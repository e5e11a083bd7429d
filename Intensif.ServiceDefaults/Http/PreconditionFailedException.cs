namespace Intensif.ServiceDefaults.Http;

/// <summary>A write whose If-Match names a version other than the current one: answered 412.</summary>
public sealed class PreconditionFailedException(string message) : Exception(message);
