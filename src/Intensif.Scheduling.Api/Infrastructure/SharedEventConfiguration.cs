using Intensif.Scheduling.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intensif.Scheduling.Api.Infrastructure;

/// <summary>The shared calendar's events (<c>calendar_events</c>).</summary>
public sealed class SharedEventConfiguration : IEntityTypeConfiguration<SharedEvent>
{
    public void Configure(EntityTypeBuilder<SharedEvent> e)
    {
        e.ToTable("calendar_events", t => t.HasCheckConstraint("CK_calendar_events_seats", "\"SeatsTaken\" >= 0 AND (\"Capacity\" IS NULL OR \"SeatsTaken\" <= \"Capacity\")"));
        e.HasIndex(x => new { x.Territory, x.Start });
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
        e.Property(x => x.OrganiserOrganisation).HasMaxLength(128);
        e.Property(x => x.OrganiserKind).HasMaxLength(16);
        e.Property(x => x.CreatedBy).HasMaxLength(128);
        e.Property(x => x.Territory).HasMaxLength(8);
        e.Property(x => x.Theme).HasMaxLength(32);
        e.Property(x => x.EntryCode).HasMaxLength(40);
        e.Property(x => x.Title).HasMaxLength(200);
        e.Property(x => x.Location).HasMaxLength(300);
        e.Property(x => x.VideoLink).HasMaxLength(500);
        // the ETag: an update from a stale screen gets 412
        e.Property(x => x.Sequence).IsConcurrencyToken();
    }
}
