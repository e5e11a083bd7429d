using Intensif.Catalogue.Api.Infrastructure;
using Intensif.IntegrationEvents;
using Intensif.Messaging;
using MassTransit;

namespace Intensif.Catalogue.Api.IntegrationEvents;

/// <summary>A partner structure joined the network: the export can name it.</summary>
public sealed class PartnerStructureRegisteredConsumer(CatalogueDbContext db) : IdempotentConsumer<PartnerStructureRegistered, CatalogueDbContext>(db)
{
    protected override Task HandleAsync(PartnerStructureRegistered message, CatalogueDbContext db, ConsumeContext<PartnerStructureRegistered> context,
        CancellationToken cancellationToken) =>
        StructureProjection.DescribeAsync(db, message.StructureId, message.Name, message.Type, message.Territories, message.Siret, message.OccurredAt, cancellationToken);
}
