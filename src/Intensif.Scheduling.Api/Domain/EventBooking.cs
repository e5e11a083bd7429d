using Intensif.ServiceDefaults.Problems;

namespace Intensif.Scheduling.Api.Domain;

/// <summary>
/// One seat asked for in a shared calendar event: a person booked by a référent into a collective session (with the
/// assignment it created in their programme once booked), or a professional registered to a coordination meeting.
/// A booking asked for when the event is full waits (WAITLISTED, in the order of <see cref="WaitlistedAt"/>).
/// </summary>
public sealed class EventBooking
{
    public Guid Id { get; private set; }
    public Guid EventId { get; private set; }
    /// <summary>The person booked (pseudonymous id), for a collective session.</summary>
    public Guid? BeneficiaryId { get; private set; }
    /// <summary>The professional registered (token <c>sub</c>), for a coordination meeting.</summary>
    public string? ParticipantId { get; private set; }
    /// <summary>The organisme (or structure) of whoever booked: what another organisation never sees.</summary>
    public string OrganisationId { get; private set; } = "";
    public string BookedBy { get; private set; } = "";
    /// <summary>The person's intensive episode the booking was made in.</summary>
    public Guid? EpisodeId { get; private set; }
    /// <summary>
    /// The catalogue's valuation of the seat: when the référent booked (with their token), then again when promoted from
    /// the waitlist (with the caps of what the person's week holds then): what the assignment is planned at.
    /// </summary>
    public decimal? PlannedHours { get; private set; }
    public string? Supervision { get; private set; }
    public EventBookingStatus Status { get; private set; }
    public DateTimeOffset? WaitlistedAt { get; private set; }
    /// <summary>Why a waitlisted booking was passed over when a seat freed (e.g. a conflict in the person's programme).</summary>
    public string? WaitlistReason { get; private set; }
    /// <summary>The assignment in the person's programme, once booked.</summary>
    public Guid? AssignmentId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public bool IsOpen => Status is EventBookingStatus.BOOKED or EventBookingStatus.WAITLISTED;

    private EventBooking() { }

    public static EventBooking ForPerson(Guid eventId, Guid beneficiaryId, Guid episodeId, string organisationId, string bookedBy,
        decimal plannedHours, string? supervision, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(now), EventId = eventId, BeneficiaryId = beneficiaryId, EpisodeId = episodeId, OrganisationId = organisationId,
            BookedBy = bookedBy, PlannedHours = plannedHours, Supervision = supervision, CreatedAt = Instants.Microseconds(now),
            UpdatedAt = Instants.Microseconds(now),
        };

    public static EventBooking ForParticipant(Guid eventId, string participantId, string organisationId, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(now), EventId = eventId, ParticipantId = participantId, OrganisationId = organisationId, BookedBy = participantId,
            CreatedAt = Instants.Microseconds(now), UpdatedAt = Instants.Microseconds(now),
        };

    /// <summary>Holds a seat (directly, or promoted from the waitlist), with the assignment created for the person if any.</summary>
    public void Book(Guid? assignmentId, DateTimeOffset now)
    {
        Status = EventBookingStatus.BOOKED;
        AssignmentId = assignmentId;
        WaitlistReason = null;
        UpdatedAt = Instants.Microseconds(now);
    }

    /// <summary>Valued again when a seat is served to it: the week's caps as they are at promotion time.</summary>
    public void Revalue(decimal plannedHours, string? supervision, DateTimeOffset now)
    {
        PlannedHours = plannedHours;
        Supervision = supervision;
        UpdatedAt = Instants.Microseconds(now);
    }

    /// <summary>The event is full: waits for a seat, first come first served.</summary>
    public void Waitlist(DateTimeOffset now)
    {
        Status = EventBookingStatus.WAITLISTED;
        WaitlistedAt = Instants.Microseconds(now);
        UpdatedAt = Instants.Microseconds(now);
    }

    /// <summary>A seat freed but this booking could not take it (the reason is kept); it stays in its place in the waitlist.</summary>
    public void PassOver(string reason, DateTimeOffset now)
    {
        WaitlistReason = reason;
        UpdatedAt = Instants.Microseconds(now);
    }

    /// <summary>Withdrawn by whoever booked it; true when it held a seat (to be served to the waitlist).</summary>
    public bool Cancel(DateTimeOffset now)
    {
        if (!IsOpen) throw new RuleViolationException("booking-closed", $"This booking is already {Status}.");
        var heldSeat = Status == EventBookingStatus.BOOKED;
        Status = EventBookingStatus.CANCELLED;
        UpdatedAt = Instants.Microseconds(now);
        return heldSeat;
    }

    public void CancelByProvider(DateTimeOffset now)
    {
        if (!IsOpen) return;
        Status = EventBookingStatus.CANCELLED_BY_PROVIDER;
        UpdatedAt = Instants.Microseconds(now);
    }
}
