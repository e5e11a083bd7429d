using Intensif.IntegrationEvents;
using Intensif.Indicators.Api.Domain;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.Messaging;
using MassTransit;

namespace Intensif.Indicators.Api.IntegrationEvents;

/// <summary>Records a sanction lifted early (O6); each event of a breach file fills its own part, in any order.</summary>
public sealed class SanctionLiftedConsumer(IndicatorsDbContext db)
    : IdempotentConsumer<SanctionLifted, IndicatorsDbContext>(db)
{
    protected override async Task HandleAsync(SanctionLifted message, IndicatorsDbContext db,
        ConsumeContext<SanctionLifted> context, CancellationToken cancellationToken)
    {
        var file = await db.LockOrAddBreachFileAsync(message.BreachFileId,
            () => BreachFile.Known(message.BreachFileId, message.OrganismeId, message.Territory, message.PseudonymousBeneficiaryId), cancellationToken);
        file.ApplyLifted(message.LiftedOn, message.Reason);
    }
}
