using Intensif.Scheduling.Api.Catalogue;

namespace Intensif.Scheduling.Api.Apis;

/// <summary>Answers the catalogue's refusal (400 with its field errors, or 503) instead of letting it become a 500.</summary>
internal static class CatalogueRefusalFilter
{
    public static async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (CatalogueRefusal refusal)
        {
            return refusal.Problem;
        }
    }
}
