namespace Intensif.Platform.Tests.Messaging;

/// <summary>A message no consumer can handle: it exercises the retries and the _error queue.</summary>
public sealed record FailingEvent(Guid Id);
