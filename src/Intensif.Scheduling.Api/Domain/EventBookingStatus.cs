namespace Intensif.Scheduling.Api.Domain;

/// <summary>A seat of a shared calendar event: held, waiting for one, or given up.</summary>
public enum EventBookingStatus
{
    BOOKED,
    WAITLISTED,
    /// <summary>Withdrawn by whoever booked it (a référent for a person, a professional for themselves).</summary>
    CANCELLED,
    /// <summary>The organiser cancelled the event.</summary>
    CANCELLED_BY_PROVIDER,
}
