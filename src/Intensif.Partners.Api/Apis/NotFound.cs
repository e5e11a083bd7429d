using Microsoft.AspNetCore.Http.HttpResults;

namespace Intensif.Partners.Api.Apis;

/// <summary>Another structure's or organisme's resource answers 404 and reveals nothing.</summary>
public static class NotFound
{
    public static ProblemHttpResult Problem(string what) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No such {what} among those you can see.");
}
