namespace Intensif.Scheduling.Api.Domain;

/// <summary>
/// Domain reference §3.10. PROPOSED → BOOKED → CONFIRMED → DONE or an absence; CANCELLED_BY_PROVIDER when the partner
/// cancels; CANCELLED when the seat is given up on the organisme's side (referral withdrawn, shared calendar booking cancelled).
/// </summary>
public enum AssignmentStatus
{
    PROPOSED,
    BOOKED,
    CONFIRMED,
    DONE,
    ABSENT_JUSTIFIED,
    ABSENT_UNJUSTIFIED,
    CANCELLED_BY_PROVIDER,
    CANCELLED,
}
