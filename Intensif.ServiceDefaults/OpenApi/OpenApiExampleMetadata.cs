namespace Intensif.ServiceDefaults.OpenApi;

/// <summary>An example body for an operation's request (<see cref="StatusCode"/> null) or for one of its responses.</summary>
public sealed record OpenApiExampleMetadata(int? StatusCode, object Example);
