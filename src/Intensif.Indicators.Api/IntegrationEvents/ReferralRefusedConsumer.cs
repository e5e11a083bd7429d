using Intensif.IntegrationEvents;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.Messaging;
using MassTransit;

namespace Intensif.Indicators.Api.IntegrationEvents;

/// <summary>Records that the partner refused a referral, with its reason (O5).</summary>
public sealed class ReferralRefusedConsumer(IndicatorsDbContext db)
    : IdempotentConsumer<ReferralRefused, IndicatorsDbContext>(db)
{
    protected override async Task HandleAsync(ReferralRefused message, IndicatorsDbContext db,
        ConsumeContext<ReferralRefused> context, CancellationToken cancellationToken)
    {
        var referral = await db.LockOrAddReferralAsync(message.ReferralId, message.SessionId, message.StructureId, message.OrganismeId, cancellationToken);
        referral.ApplyRefused(message.Reason, message.OccurredAt.ToUniversalTime());
    }
}
