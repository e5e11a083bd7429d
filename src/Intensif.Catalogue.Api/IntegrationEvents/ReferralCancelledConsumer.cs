using Intensif.Catalogue.Api.Infrastructure;
using Intensif.IntegrationEvents;
using Intensif.Messaging;
using MassTransit;

namespace Intensif.Catalogue.Api.IntegrationEvents;

/// <summary>A referral freed a seat of a partner session: the offer shows the seats left.</summary>
public sealed class ReferralCancelledConsumer(CatalogueDbContext db) : IdempotentConsumer<ReferralCancelled, CatalogueDbContext>(db)
{
    protected override Task HandleAsync(ReferralCancelled message, CatalogueDbContext db, ConsumeContext<ReferralCancelled> context, CancellationToken cancellationToken) =>
        SessionProjection.SeatsChangedAsync(db, message.SessionId, message.SeatsLeft, message.OccurredAt, cancellationToken);
}
