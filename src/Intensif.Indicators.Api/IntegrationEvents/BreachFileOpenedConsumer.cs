using Intensif.IntegrationEvents;
using Intensif.Indicators.Api.Domain;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.Messaging;
using MassTransit;

namespace Intensif.Indicators.Api.IntegrationEvents;

/// <summary>Records a breach file opened (O6); each event of a breach file fills its own part, in any order.</summary>
public sealed class BreachFileOpenedConsumer(IndicatorsDbContext db)
    : IdempotentConsumer<BreachFileOpened, IndicatorsDbContext>(db)
{
    protected override async Task HandleAsync(BreachFileOpened message, IndicatorsDbContext db,
        ConsumeContext<BreachFileOpened> context, CancellationToken cancellationToken)
    {
        var file = await db.LockOrAddBreachFileAsync(message.BreachFileId,
            () => BreachFile.Known(message.BreachFileId, message.OrganismeId, message.Territory, message.PseudonymousBeneficiaryId), cancellationToken);
        file.ApplyOpened(message.BreachType, message.DetectedOn);
    }
}
