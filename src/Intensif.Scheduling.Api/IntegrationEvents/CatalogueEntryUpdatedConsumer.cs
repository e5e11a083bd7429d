using Intensif.IntegrationEvents;
using Intensif.Messaging;
using Intensif.Scheduling.Api.Infrastructure;
using MassTransit;

namespace Intensif.Scheduling.Api.IntegrationEvents;

/// <summary>An entry of the fichier métier changed: its family as of this version (newest occurrence wins).</summary>
public sealed class CatalogueEntryUpdatedConsumer(SchedulingDbContext db) : IdempotentConsumer<CatalogueEntryUpdated, SchedulingDbContext>(db)
{
    protected override Task HandleAsync(CatalogueEntryUpdated m, SchedulingDbContext db, ConsumeContext<CatalogueEntryUpdated> context,
        CancellationToken cancellationToken) =>
        EntryFamilyProjection.DescribeAsync(db, m.Code, m.Family, m.OccurredAt, cancellationToken);
}
