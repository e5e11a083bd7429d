using Intensif.Catalogue.Api.Domain;
using Intensif.Catalogue.Api.Infrastructure;
using Intensif.IntegrationEvents;
using Intensif.Messaging;
using MassTransit;

namespace Intensif.Catalogue.Api.IntegrationEvents;

/// <summary>A partner session was published: the event carries its whole state, seats included.</summary>
public sealed class SessionPublishedConsumer(CatalogueDbContext db) : IdempotentConsumer<SessionPublished, CatalogueDbContext>(db)
{
    protected override Task HandleAsync(SessionPublished message, CatalogueDbContext db, ConsumeContext<SessionPublished> context, CancellationToken cancellationToken) =>
        SessionProjection.DescribeAsync(db, message.SessionId,
            new SessionDescription(message.StructureId, message.EntryCode, message.Start, message.End, message.Location, message.VideoLink,
                message.Capacity, message.SeatsLeft, message.Territory, message.Theme),
            message.OccurredAt, cancellationToken);
}
