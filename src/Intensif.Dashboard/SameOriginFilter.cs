using Microsoft.AspNetCore.Http;

namespace Intensif.Dashboard;

/// <summary>
/// Cross-site request protection for the dashboard's POST endpoints, on top of the SameSite=Strict cookie: the
/// request must come from a page of the dashboard itself (Origin, or Sec-Fetch-Site for browsers that omit it).
/// </summary>
internal sealed class SameOriginFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        return IsSameOrigin(request)
            ? next(context)
            : ValueTask.FromResult<object?>(Results.Problem("Cross-origin request refused: send it from the dashboard's own pages.", statusCode: StatusCodes.Status403Forbidden));
    }

    public static bool IsSameOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0)
            return Uri.TryCreate(origin, UriKind.Absolute, out var uri)
                   && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
                   && uri.Scheme == request.Scheme;
        return request.Headers["Sec-Fetch-Site"].ToString() == "same-origin";
    }
}
