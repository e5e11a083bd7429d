using Intensif.IntegrationEvents;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.Messaging;
using MassTransit;

namespace Intensif.Indicators.Api.IntegrationEvents;

/// <summary>Records the day a referral was sent and its catalogue entry (O5).</summary>
public sealed class ReferralSentConsumer(IndicatorsDbContext db)
    : IdempotentConsumer<ReferralSent, IndicatorsDbContext>(db)
{
    protected override async Task HandleAsync(ReferralSent message, IndicatorsDbContext db,
        ConsumeContext<ReferralSent> context, CancellationToken cancellationToken)
    {
        var referral = await db.LockOrAddReferralAsync(message.ReferralId, message.SessionId, message.StructureId, message.OrganismeId, cancellationToken);
        referral.ApplySent(message.EntryCode, message.OccurredAt.ToUniversalTime());
    }
}
