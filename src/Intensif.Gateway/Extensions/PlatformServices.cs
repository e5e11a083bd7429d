namespace Intensif.Gateway.Extensions;

/// <summary>
/// A service behind the gateway: its AppHost resource name, the public path prefix it owns, and the GET paths that
/// need no token (their URL is the credential, e.g. iCalendar feeds: calendar applications send no bearer token).
/// </summary>
public sealed record PlatformService(string ResourceName, string PathPrefix, string Title, params string[] AnonymousGetPaths)
{
    /// <summary>
    /// Paths that need no token for GET and POST: a person's personal access link (<c>/api/scheduling/me/{token}…</c>),
    /// whose URL is the credential since persons hold no platform account.
    /// </summary>
    public IReadOnlyList<string> AnonymousGetPostPaths { get; init; } = [];

    public string Key => PathPrefix.Split('/').Last();

    /// <summary>The five services of architecture §1, in the order of the API page.</summary>
    public static readonly IReadOnlyList<PlatformService> All =
    [
        new("contracts-api", "/api/contracts", "Contracts — contrats d'engagement"),
        new("catalogue-api", "/api/catalogue", "Catalogue — fichier métier"),
        new("scheduling-api", "/api/scheduling", "Scheduling — weekly programmes and shared calendar", "/api/scheduling/feeds/{token}.ics")
        {
            AnonymousGetPostPaths = ["/api/scheduling/me/{**rest}"],
        },
        new("partners-api", "/api/partners", "Partners — partner structures and actions"),
        new("indicators-api", "/api/indicators", "Indicators — piloting indicators"),
    ];
}
