using Intensif.IntegrationEvents;
using Intensif.Messaging;
using Intensif.Scheduling.Api.Infrastructure;
using MassTransit;

namespace Intensif.Scheduling.Api.IntegrationEvents;

/// <summary>A partner published a session: référents can book it into programmes.</summary>
public sealed class SessionPublishedConsumer(SchedulingDbContext db) : IdempotentConsumer<SessionPublished, SchedulingDbContext>(db)
{
    protected override Task HandleAsync(SessionPublished m, SchedulingDbContext db, ConsumeContext<SessionPublished> context, CancellationToken cancellationToken) =>
        SessionProjection.DescribeAsync(db, m.SessionId, m.StructureId, m.EntryCode, m.Start, m.End, m.Location, m.Territory, m.Theme, m.Capacity,
            m.SeatsLeft, m.OccurredAt, cancellationToken);
}
