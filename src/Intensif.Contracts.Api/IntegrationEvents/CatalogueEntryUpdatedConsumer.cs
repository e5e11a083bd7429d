using Intensif.Contracts.Api.Infrastructure;
using Intensif.IntegrationEvents;
using Intensif.Messaging;
using MassTransit;

namespace Intensif.Contracts.Api.IntegrationEvents;

/// <summary>A published catalogue entry changed: its label, supervision, family and forfait as plans will now take them.</summary>
public sealed class CatalogueEntryUpdatedConsumer(ContractsDbContext db) : IdempotentConsumer<CatalogueEntryUpdated, ContractsDbContext>(db)
{
    protected override Task HandleAsync(CatalogueEntryUpdated m, ContractsDbContext db, ConsumeContext<CatalogueEntryUpdated> context, CancellationToken cancellationToken) =>
        CatalogueProjection.UpdatedAsync(db, m.Code, m.Version, m.Label, m.Category, m.Supervision, m.ForfaitHours, m.Family, m.OccurredAt, cancellationToken);
}
