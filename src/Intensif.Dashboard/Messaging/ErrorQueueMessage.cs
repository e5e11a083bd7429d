namespace Intensif.Dashboard.Messaging;

/// <summary>
/// One message of an <c>_error</c> queue as the page shows it: MassTransit's message id and type, the fault its
/// error transport wrote in the headers, when, and the start of the body.
/// </summary>
internal sealed record ErrorQueueMessage(
    string? MessageId,
    string? MessageType,
    string? Reason,
    string? ExceptionType,
    string? FaultMessage,
    DateTimeOffset? At,
    bool Redelivered,
    int BodyLength,
    string BodyPreview);
