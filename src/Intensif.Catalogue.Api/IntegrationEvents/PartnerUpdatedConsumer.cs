using Intensif.Catalogue.Api.Infrastructure;
using Intensif.IntegrationEvents;
using Intensif.Messaging;
using MassTransit;

namespace Intensif.Catalogue.Api.IntegrationEvents;

/// <summary>A partner structure changed its profile: the export follows its name, type and SIRET.</summary>
public sealed class PartnerUpdatedConsumer(CatalogueDbContext db) : IdempotentConsumer<PartnerUpdated, CatalogueDbContext>(db)
{
    protected override Task HandleAsync(PartnerUpdated message, CatalogueDbContext db, ConsumeContext<PartnerUpdated> context,
        CancellationToken cancellationToken) =>
        StructureProjection.DescribeAsync(db, message.StructureId, message.Name, message.Type, message.Territories, message.Siret, message.OccurredAt, cancellationToken);
}
