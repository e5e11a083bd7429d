using Microsoft.AspNetCore.Http.HttpResults;

namespace Intensif.Contracts.Api.Apis;

/// <summary>A 400 with field errors found once the stored data is known (DataAnnotations catch the rest before).</summary>
public static class FieldErrors
{
    public static ProblemHttpResult Problem(IDictionary<string, string[]> errors) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more validation errors occurred.",
        });
}
