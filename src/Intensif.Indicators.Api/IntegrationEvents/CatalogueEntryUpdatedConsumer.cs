using Intensif.IntegrationEvents;
using Intensif.Indicators.Api.Domain;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.Messaging;
using MassTransit;

namespace Intensif.Indicators.Api.IntegrationEvents;

/// <summary>Records the hourly costs and funders of a catalogue entry (costing); an older state arriving late changes nothing.</summary>
public sealed class CatalogueEntryUpdatedConsumer(IndicatorsDbContext db)
    : IdempotentConsumer<CatalogueEntryUpdated, IndicatorsDbContext>(db)
{
    protected override async Task HandleAsync(CatalogueEntryUpdated message, IndicatorsDbContext db,
        ConsumeContext<CatalogueEntryUpdated> context, CancellationToken cancellationToken)
    {
        var cost = await db.LockOrAddActivityCostAsync(message.Code, () => ActivityCost.Known(message.Code), cancellationToken);
        cost.Apply(message.Version, message.OccurredAt.ToUniversalTime(),
            message.HourlyCosts.Select(c => new HourlyCostPeriod(c.EurosPerHour, c.ValidFrom, c.ValidTo)), message.Funding);
    }
}
