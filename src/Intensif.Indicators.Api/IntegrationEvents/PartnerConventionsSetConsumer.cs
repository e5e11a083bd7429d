using Intensif.IntegrationEvents;
using Intensif.Indicators.Api.Domain;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Indicators.Api.IntegrationEvents;

/// <summary>Keeps a partner structure's newest convention list (costing per convention); an older list arriving late changes nothing.</summary>
public sealed class PartnerConventionsSetConsumer(IndicatorsDbContext db)
    : IdempotentConsumer<PartnerConventionsSet, IndicatorsDbContext>(db)
{
    protected override async Task HandleAsync(PartnerConventionsSet message, IndicatorsDbContext db,
        ConsumeContext<PartnerConventionsSet> context, CancellationToken cancellationToken)
    {
        var row = await db.Set<StructureConventions>()
            .FromSql($"""select * from partner_conventions where "StructureId" = {message.StructureId} for update""").SingleOrDefaultAsync(cancellationToken)
            ?? db.Set<StructureConventions>().Add(StructureConventions.Known(message.StructureId)).Entity;
        row.Apply(message.Conventions.Select(c => new ConventionTerm(c.Funder, c.From, c.To, c.Places)), message.OccurredAt.ToUniversalTime());
    }
}
