using Intensif.IntegrationEvents;
using Intensif.Indicators.Api.Domain;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.Messaging;
using MassTransit;

namespace Intensif.Indicators.Api.IntegrationEvents;

/// <summary>A cancelled session offers no seat (O5), whatever arrives after the cancellation.</summary>
public sealed class SessionCancelledConsumer(IndicatorsDbContext db)
    : IdempotentConsumer<SessionCancelled, IndicatorsDbContext>(db)
{
    protected override async Task HandleAsync(SessionCancelled message, IndicatorsDbContext db,
        ConsumeContext<SessionCancelled> context, CancellationToken cancellationToken)
    {
        var session = await db.LockOrAddSessionAsync(message.SessionId,
            () => PartnerSession.Known(message.SessionId, message.StructureId, message.EntryCode, message.Territory), cancellationToken);
        session.ApplyCancelled(message.Start.ToUniversalTime());
    }
}
