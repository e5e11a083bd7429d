using Intensif.IntegrationEvents;
using Intensif.Indicators.Api.Domain;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.Messaging;
using MassTransit;

namespace Intensif.Indicators.Api.IntegrationEvents;

/// <summary>Records the session's date and seats offered (O5); an older state arriving late changes nothing.</summary>
public sealed class SessionUpdatedConsumer(IndicatorsDbContext db)
    : IdempotentConsumer<SessionUpdated, IndicatorsDbContext>(db)
{
    protected override async Task HandleAsync(SessionUpdated message, IndicatorsDbContext db,
        ConsumeContext<SessionUpdated> context, CancellationToken cancellationToken)
    {
        var session = await db.LockOrAddSessionAsync(message.SessionId,
            () => PartnerSession.Known(message.SessionId, message.StructureId, message.EntryCode, message.Territory), cancellationToken);
        session.ApplyPublished(message.Start.ToUniversalTime(), message.Capacity, message.Territory, message.Theme, message.OccurredAt.ToUniversalTime());
    }
}
