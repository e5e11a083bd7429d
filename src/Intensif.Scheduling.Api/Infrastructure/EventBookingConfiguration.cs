using Intensif.Scheduling.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intensif.Scheduling.Api.Infrastructure;

/// <summary>Seats and waitlist of the shared calendar's events (<c>calendar_bookings</c>).</summary>
public sealed class EventBookingConfiguration : IEntityTypeConfiguration<EventBooking>
{
    public void Configure(EntityTypeBuilder<EventBooking> b)
    {
        b.ToTable("calendar_bookings");
        b.HasIndex(x => new { x.EventId, x.Status });
        b.HasIndex(x => x.BeneficiaryId);
        b.Property(x => x.ParticipantId).HasMaxLength(128);
        b.Property(x => x.OrganisationId).HasMaxLength(128);
        b.Property(x => x.BookedBy).HasMaxLength(128);
        b.Property(x => x.PlannedHours).HasPrecision(6, 2);
        b.Property(x => x.Supervision).HasMaxLength(16);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.WaitlistReason).HasMaxLength(500);
    }
}
