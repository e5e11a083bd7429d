using Intensif.Catalogue.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Catalogue.Api.Infrastructure;

/// <summary>Applies the Partners service's structure events to the catalogue's copy of the providers' identities.</summary>
public static class StructureProjection
{
    public static async Task DescribeAsync(CatalogueDbContext db, Guid structureId, string name, string type, IReadOnlyList<string> territories,
        string? siret, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var structure = await db.Structures.SingleOrDefaultAsync(s => s.StructureId == structureId, cancellationToken);
        if (structure is null)
        {
            structure = PartnerStructure.Unknown(structureId);
            db.Structures.Add(structure);
        }
        structure.Describe(name, type, territories, siret, at);
    }
}
