using Intensif.IntegrationEvents;
using Intensif.Indicators.Api.Domain;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.Messaging;
using MassTransit;

namespace Intensif.Indicators.Api.IntegrationEvents;

/// <summary>Records an orientation decision (O3); a correction of the same decision replaces it, an older one arriving late changes nothing.</summary>
public sealed class OrientationDecidedConsumer(IndicatorsDbContext db)
    : IdempotentConsumer<OrientationDecided, IndicatorsDbContext>(db)
{
    protected override async Task HandleAsync(OrientationDecided message, IndicatorsDbContext db,
        ConsumeContext<OrientationDecided> context, CancellationToken cancellationToken)
    {
        var orientation = await db.LockOrAddOrientationAsync(message.OrientationId, () => Orientation.Known(message.OrientationId), cancellationToken);
        orientation.ApplyDecided(message.OrganismeId, message.Territory, message.PseudonymousBeneficiaryId, message.Parcours, message.DecisionDate,
            message.NotificationDate, message.IsReorientation, message.RsaRequestDate, message.OccurredAt.ToUniversalTime());
    }
}
