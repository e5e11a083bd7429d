using Intensif.IntegrationEvents;
using Intensif.Messaging;
using Intensif.Scheduling.Api.Infrastructure;
using MassTransit;

namespace Intensif.Scheduling.Api.IntegrationEvents;

/// <summary>A partner cancelled a session: its assignments become CANCELLED_BY_PROVIDER, a justified gap in the week.</summary>
public sealed class SessionCancelledConsumer(SchedulingDbContext db) : IdempotentConsumer<SessionCancelled, SchedulingDbContext>(db)
{
    protected override Task HandleAsync(SessionCancelled m, SchedulingDbContext db, ConsumeContext<SessionCancelled> context, CancellationToken cancellationToken) =>
        SessionProjection.CancelAsync(db, m.SessionId, m.StructureId, m.EntryCode, m.Start, m.Territory, m.OccurredAt, cancellationToken);
}
