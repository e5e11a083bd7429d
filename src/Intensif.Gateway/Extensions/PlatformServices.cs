namespace Intensif.Gateway.Extensions;

/// <summary>A service behind the gateway: its AppHost resource name and the public path prefix it owns.</summary>
public sealed record PlatformService(string ResourceName, string PathPrefix, string Title)
{
    public string Key => PathPrefix.Split('/').Last();

    /// <summary>The five services of architecture §1, in the order of the API page.</summary>
    public static readonly IReadOnlyList<PlatformService> All =
    [
        new("contracts-api", "/api/contracts", "Contracts — contrats d'engagement"),
        new("catalogue-api", "/api/catalogue", "Catalogue — fichier métier"),
        new("scheduling-api", "/api/scheduling", "Scheduling — weekly programmes and shared calendar"),
        new("partners-api", "/api/partners", "Partners — partner structures and actions"),
        new("indicators-api", "/api/indicators", "Indicators — piloting indicators"),
    ];
}
