using Intensif.Catalogue.Api.Infrastructure;
using Intensif.IntegrationEvents;
using Intensif.Messaging;
using MassTransit;

namespace Intensif.Catalogue.Api.IntegrationEvents;

/// <summary>A referral took a seat of a partner session: the offer shows the seats left.</summary>
public sealed class ReferralAcceptedConsumer(CatalogueDbContext db) : IdempotentConsumer<ReferralAccepted, CatalogueDbContext>(db)
{
    protected override Task HandleAsync(ReferralAccepted message, CatalogueDbContext db, ConsumeContext<ReferralAccepted> context, CancellationToken cancellationToken) =>
        SessionProjection.SeatsChangedAsync(db, message.SessionId, message.SeatsLeft, message.OccurredAt, cancellationToken);
}
