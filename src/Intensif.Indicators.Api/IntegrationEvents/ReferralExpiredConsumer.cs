using Intensif.IntegrationEvents;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.Messaging;
using MassTransit;

namespace Intensif.Indicators.Api.IntegrationEvents;

/// <summary>Records that the partner left a referral unanswered past its deadline (O5).</summary>
public sealed class ReferralExpiredConsumer(IndicatorsDbContext db)
    : IdempotentConsumer<ReferralExpired, IndicatorsDbContext>(db)
{
    protected override async Task HandleAsync(ReferralExpired message, IndicatorsDbContext db,
        ConsumeContext<ReferralExpired> context, CancellationToken cancellationToken)
    {
        var referral = await db.LockOrAddReferralAsync(message.ReferralId, message.SessionId, message.StructureId, message.OrganismeId, cancellationToken);
        referral.ApplyExpired(message.OccurredAt.ToUniversalTime());
    }
}
