using Intensif.ServiceDefaults.Identity;

namespace Intensif.Catalogue.Api.Apis;

public static class CatalogueApi
{
    public static IEndpointRouteBuilder MapCatalogueApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/catalogue/entries").WithTags("Fichier métier")
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy)
            .MapSearchApi()
            .MapEntriesApi()
            .MapLocalValuationsApi();
        app.MapProposalsApi();
        app.MapValuationsApi();
        app.MapOpenDataApi();
        return app;
    }
}
