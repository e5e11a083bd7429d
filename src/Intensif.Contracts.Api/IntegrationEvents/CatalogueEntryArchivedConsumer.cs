using Intensif.Contracts.Api.Infrastructure;
using Intensif.IntegrationEvents;
using Intensif.Messaging;
using MassTransit;

namespace Intensif.Contracts.Api.IntegrationEvents;

/// <summary>A catalogue entry was archived: it can no longer be added to a plan (plans holding it keep it).</summary>
public sealed class CatalogueEntryArchivedConsumer(ContractsDbContext db) : IdempotentConsumer<CatalogueEntryArchived, ContractsDbContext>(db)
{
    protected override Task HandleAsync(CatalogueEntryArchived m, ContractsDbContext db, ConsumeContext<CatalogueEntryArchived> context, CancellationToken cancellationToken) =>
        CatalogueProjection.ArchivedAsync(db, m.Code, m.Version, m.OccurredAt, cancellationToken);
}
