using Intensif.IntegrationEvents;
using Intensif.Messaging;
using Intensif.Scheduling.Api.Infrastructure;
using MassTransit;

namespace Intensif.Scheduling.Api.IntegrationEvents;

/// <summary>An entry of the fichier métier was published: its R.5411-15 family tells SR-07 whether it is a professional situation.</summary>
public sealed class CatalogueEntryPublishedConsumer(SchedulingDbContext db) : IdempotentConsumer<CatalogueEntryPublished, SchedulingDbContext>(db)
{
    protected override Task HandleAsync(CatalogueEntryPublished m, SchedulingDbContext db, ConsumeContext<CatalogueEntryPublished> context,
        CancellationToken cancellationToken) =>
        EntryFamilyProjection.DescribeAsync(db, m.Code, m.Family, m.OccurredAt, cancellationToken);
}
