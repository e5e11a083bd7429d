namespace Intensif.IntegrationEvents;

/// <summary>
/// What every integration event carries: its id (the message id the inboxes de-duplicate on), when it occurred,
/// and the organisation and territory needed to scope it. No more personal data than a consumer needs.
/// </summary>
public interface IIntegrationEvent
{
    Guid EventId { get; }
    DateTimeOffset OccurredAt { get; }
}
