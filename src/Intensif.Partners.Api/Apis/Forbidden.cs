using Microsoft.AspNetCore.Http.HttpResults;

namespace Intensif.Partners.Api.Apis;

/// <summary>The caller is inside the structure but may not do this (e.g. a member managing members): 403 with a stable code.</summary>
public static class Forbidden
{
    public static ProblemHttpResult Problem(string code, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "You may not do this for the structure.", detail: detail,
            extensions: new Dictionary<string, object?> { ["code"] = code });
}
