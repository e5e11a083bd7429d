using Intensif.IntegrationEvents;
using Intensif.Indicators.Api.Domain;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.Messaging;
using MassTransit;

namespace Intensif.Indicators.Api.IntegrationEvents;

/// <summary>Records the sanction decided on a breach file, with its measure, rate and household cap (O6); each event of a breach file fills its own part, in any order.</summary>
public sealed class SanctionDecidedConsumer(IndicatorsDbContext db)
    : IdempotentConsumer<SanctionDecided, IndicatorsDbContext>(db)
{
    protected override async Task HandleAsync(SanctionDecided message, IndicatorsDbContext db,
        ConsumeContext<SanctionDecided> context, CancellationToken cancellationToken)
    {
        var file = await db.LockOrAddBreachFileAsync(message.BreachFileId,
            () => BreachFile.Known(message.BreachFileId, message.OrganismeId, message.Territory, message.PseudonymousBeneficiaryId), cancellationToken);
        file.ApplyDecided(message.DecisionDate, message.Measure, message.RatePercent, message.HouseholdCapApplied);
    }
}
