using Intensif.IntegrationEvents;
using Intensif.Indicators.Api.Domain;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.Messaging;
using MassTransit;

namespace Intensif.Indicators.Api.IntegrationEvents;

/// <summary>Records the hourly costs, funders and R.5411-15 family of a catalogue entry (costing, O4); an older state arriving late changes nothing.</summary>
public sealed class CatalogueEntryUpdatedConsumer(IndicatorsDbContext db)
    : IdempotentConsumer<CatalogueEntryUpdated, IndicatorsDbContext>(db)
{
    protected override async Task HandleAsync(CatalogueEntryUpdated message, IndicatorsDbContext db,
        ConsumeContext<CatalogueEntryUpdated> context, CancellationToken cancellationToken)
    {
        var cost = await db.LockOrAddActivityCostAsync(message.Code, () => ActivityCost.Known(message.Code), cancellationToken);
        cost.Apply(message.Version, message.OccurredAt.ToUniversalTime(),
            message.HourlyCosts.Select(c => new HourlyCostPeriod(c.EurosPerHour, c.ValidFrom, c.ValidTo)), message.Funding, message.Family);
    }
}
