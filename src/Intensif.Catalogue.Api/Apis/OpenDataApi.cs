using Intensif.ServiceDefaults.OpenApi;
using Intensif.Catalogue.Api.Domain;
using Intensif.Catalogue.Api.Infrastructure;
using Intensif.Catalogue.Api.Infrastructure.OpenData;
using Intensif.ServiceDefaults.Identity;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Catalogue.Api.Apis;

/// <summary>The published fichier métier as data·inclusion v1 open data: services and the structures they reference.</summary>
public static class OpenDataApi
{
    public static IEndpointRouteBuilder MapOpenDataApi(this IEndpointRouteBuilder app)
    {
        // authenticated like every catalogue route (the gateway requires a token on /api/catalogue/{**}): see docs/catalogue.md
        var api = app.MapGroup("/api/catalogue/open-data").WithTags("Open data (data·inclusion v1)")
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy);
        api.MapGet("/services", Services)
            .WithSummary("Published activities as data·inclusion v1 services.")
            .WithDescription("A JSON array of data·inclusion v1 `service` objects (source `intensif`, id `intensif--{code}`), one per PUBLISHED "
                + "entry, national and local, in code order. Fields the catalogue does not know are omitted (the schema defaults them to null). "
                + "Mapping: docs/catalogue.md, section data·inclusion.")
            .Produces<DataInclusionService[]>().WithResponseExample(StatusCodes.Status200OK, ApiExamples.OpenDataServices);
        api.MapGet("/structures", StructuresAsync)
            .WithSummary("The provider structures of the published activities as data·inclusion v1 structures.")
            .WithDescription("A JSON array of data·inclusion v1 `structure` objects: every `structure_id` of /services appears once, with "
                + "source, id, nom and date_maj. A partner structure the Partners service described (PartnerStructureRegistered, PartnerUpdated) "
                + "has its name, its reseaux_porteurs and the date of its latest change; other providers are named by their identity and dated by "
                + "the latest change of their published services.")
            .WithResponseExample(StatusCodes.Status200OK, ApiExamples.OpenDataStructures);
        api.MapOpenDataImportApi();
        return app;
    }

    private static IAsyncEnumerable<DataInclusionService> Services(CatalogueDbContext db, CancellationToken ct) =>
        StreamAsync(db.Entries.AsNoTracking().Where(e => e.Status == EntryStatus.PUBLISHED).OrderBy(e => e.Code), ct);

    private static async IAsyncEnumerable<DataInclusionService> StreamAsync(IQueryable<CatalogueEntry> entries,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var entry in entries.AsAsyncEnumerable().WithCancellation(ct))
            yield return DataInclusionMapper.ToService(entry);
    }

    private static async Task<IReadOnlyList<DataInclusionStructure>> StructuresAsync(CatalogueDbContext db, CancellationToken ct)
    {
        var providers = await db.Entries.AsNoTracking().Where(e => e.Status == EntryStatus.PUBLISHED)
            .GroupBy(e => new { e.Scope, e.OwnerOrganisation, e.PartnerStructureId })
            .Select(g => new { g.Key.Scope, g.Key.OwnerOrganisation, g.Key.PartnerStructureId, UpdatedAt = g.Max(e => e.UpdatedAt) })
            .ToListAsync(ct);
        var partnerIds = providers.Where(p => p.PartnerStructureId != null).Select(p => p.PartnerStructureId!.Value).Distinct().ToArray();
        var partners = await db.Structures.AsNoTracking().Where(s => partnerIds.Contains(s.StructureId)).ToDictionaryAsync(s => s.StructureId, ct);
        return DataInclusionMapper.ToStructures(providers.Select(p =>
            (DataInclusionMapper.StructureOf(p.Scope, p.OwnerOrganisation, p.PartnerStructureId), p.UpdatedAt)), partners);
    }
}
