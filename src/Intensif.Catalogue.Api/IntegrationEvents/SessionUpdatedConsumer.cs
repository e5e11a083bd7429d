using Intensif.Catalogue.Api.Domain;
using Intensif.Catalogue.Api.Infrastructure;
using Intensif.IntegrationEvents;
using Intensif.Messaging;
using MassTransit;

namespace Intensif.Catalogue.Api.IntegrationEvents;

/// <summary>A partner session was updated: the event carries its whole state, seats included.</summary>
public sealed class SessionUpdatedConsumer(CatalogueDbContext db) : IdempotentConsumer<SessionUpdated, CatalogueDbContext>(db)
{
    protected override Task HandleAsync(SessionUpdated message, CatalogueDbContext db, ConsumeContext<SessionUpdated> context, CancellationToken cancellationToken) =>
        SessionProjection.DescribeAsync(db, message.SessionId,
            new SessionDescription(message.StructureId, message.EntryCode, message.Start, message.End, message.Location, message.VideoLink,
                message.Capacity, message.SeatsLeft, message.Territory, message.Theme),
            message.OccurredAt, cancellationToken);
}
