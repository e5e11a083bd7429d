using Intensif.IntegrationEvents;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.Messaging;
using MassTransit;

namespace Intensif.Indicators.Api.IntegrationEvents;

/// <summary>Records that a referral was withdrawn, or cancelled with its session (O5); whether it was accepted before stays known.</summary>
public sealed class ReferralCancelledConsumer(IndicatorsDbContext db)
    : IdempotentConsumer<ReferralCancelled, IndicatorsDbContext>(db)
{
    protected override async Task HandleAsync(ReferralCancelled message, IndicatorsDbContext db,
        ConsumeContext<ReferralCancelled> context, CancellationToken cancellationToken)
    {
        var referral = await db.LockOrAddReferralAsync(message.ReferralId, message.SessionId, message.StructureId, message.OrganismeId, cancellationToken);
        referral.ApplyCancelled(message.OccurredAt.ToUniversalTime());
    }
}
