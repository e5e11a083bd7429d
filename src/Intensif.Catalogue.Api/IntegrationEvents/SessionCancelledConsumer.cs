using Intensif.Catalogue.Api.Infrastructure;
using Intensif.IntegrationEvents;
using Intensif.Messaging;
using MassTransit;

namespace Intensif.Catalogue.Api.IntegrationEvents;

/// <summary>A partner cancelled a session: it leaves the offer for good.</summary>
public sealed class SessionCancelledConsumer(CatalogueDbContext db) : IdempotentConsumer<SessionCancelled, CatalogueDbContext>(db)
{
    protected override Task HandleAsync(SessionCancelled message, CatalogueDbContext db, ConsumeContext<SessionCancelled> context, CancellationToken cancellationToken) =>
        SessionProjection.CancelAsync(db, message.SessionId, message.OccurredAt, cancellationToken);
}
