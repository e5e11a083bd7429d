using Intensif.Contracts.Api.Infrastructure;
using Intensif.IntegrationEvents;
using Intensif.Messaging;
using MassTransit;

namespace Intensif.Contracts.Api.IntegrationEvents;

/// <summary>A catalogue entry was published: plans can reference it.</summary>
public sealed class CatalogueEntryPublishedConsumer(ContractsDbContext db) : IdempotentConsumer<CatalogueEntryPublished, ContractsDbContext>(db)
{
    protected override Task HandleAsync(CatalogueEntryPublished m, ContractsDbContext db, ConsumeContext<CatalogueEntryPublished> context, CancellationToken cancellationToken) =>
        CatalogueProjection.PublishedAsync(db, m.Code, m.Label, m.Category, m.ForfaitHours, m.Family, m.Supervision, m.OccurredAt, cancellationToken);
}
