using Intensif.IntegrationEvents;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.Messaging;
using MassTransit;

namespace Intensif.Indicators.Api.IntegrationEvents;

/// <summary>Records that the partner accepted a referral (O5), directly or from its waitlist.</summary>
public sealed class ReferralAcceptedConsumer(IndicatorsDbContext db)
    : IdempotentConsumer<ReferralAccepted, IndicatorsDbContext>(db)
{
    protected override async Task HandleAsync(ReferralAccepted message, IndicatorsDbContext db,
        ConsumeContext<ReferralAccepted> context, CancellationToken cancellationToken)
    {
        var referral = await db.LockOrAddReferralAsync(message.ReferralId, message.SessionId, message.StructureId, message.OrganismeId, cancellationToken);
        referral.ApplyAccepted(message.EntryCode, message.OccurredAt.ToUniversalTime());
    }
}
