using Intensif.Scheduling.Api.Domain;

namespace Intensif.Scheduling.Api.Apis;

/// <summary>A seat asked for: BOOKED (with the person's assignment) or WAITLISTED (with the reason it was passed over, if it was).</summary>
public sealed record EventBookingResponse(
    Guid Id, Guid EventId, Guid? BeneficiaryId, string? ParticipantId, string OrganisationId, EventBookingStatus Status,
    DateTimeOffset? WaitlistedAt, string? WaitlistReason, Guid? AssignmentId, DateTimeOffset CreatedAt)
{
    public static EventBookingResponse From(EventBooking b) =>
        new(b.Id, b.EventId, b.BeneficiaryId, b.ParticipantId, b.OrganisationId, b.Status, b.WaitlistedAt, b.WaitlistReason, b.AssignmentId, b.CreatedAt);
}
