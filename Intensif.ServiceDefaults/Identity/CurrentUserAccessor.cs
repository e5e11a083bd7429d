using Microsoft.AspNetCore.Http;

namespace Intensif.ServiceDefaults.Identity;

/// <summary>Scoped access to the caller of the current request.</summary>
public sealed class CurrentUserAccessor(IHttpContextAccessor http)
{
    /// <summary>The authenticated caller; endpoints behind RequireAuthorization always have one.</summary>
    public CurrentUser User =>
        (http.HttpContext is { } context ? CurrentUser.From(context.User) : null)
        ?? throw new InvalidOperationException("No authenticated Intensif user on this request.");
}
