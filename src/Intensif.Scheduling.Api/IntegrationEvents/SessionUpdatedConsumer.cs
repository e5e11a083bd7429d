using Intensif.IntegrationEvents;
using Intensif.Messaging;
using Intensif.Scheduling.Api.Infrastructure;
using MassTransit;

namespace Intensif.Scheduling.Api.IntegrationEvents;

/// <summary>A partner moved or changed a session: its booked assignments follow it until their attendance is recorded.</summary>
public sealed class SessionUpdatedConsumer(SchedulingDbContext db) : IdempotentConsumer<SessionUpdated, SchedulingDbContext>(db)
{
    protected override Task HandleAsync(SessionUpdated m, SchedulingDbContext db, ConsumeContext<SessionUpdated> context, CancellationToken cancellationToken) =>
        SessionProjection.DescribeAsync(db, m.SessionId, m.StructureId, m.EntryCode, m.Start, m.End, m.Location, m.Territory, m.Theme, m.Capacity,
            m.SeatsLeft, m.OccurredAt, cancellationToken);
}
