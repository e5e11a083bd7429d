using Microsoft.AspNetCore.Http.HttpResults;

namespace Intensif.Contracts.Api.Apis;

/// <summary>Another organisme's resource, or one the caller does not follow, answers 404 and reveals nothing.</summary>
public static class NotFound
{
    public static ProblemHttpResult Problem(string what) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No such {what} among those you can see.");
}
