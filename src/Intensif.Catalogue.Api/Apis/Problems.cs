using Microsoft.AspNetCore.Http.HttpResults;

namespace Intensif.Catalogue.Api.Apis;

/// <summary>The catalogue's 404 and 403 answers, worded once.</summary>
public static class Problems
{
    public static ProblemHttpResult NoEntry(string code) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No activity {code} in the fichier métier.");

    public static ProblemHttpResult NationalEntry(string code) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: $"{code} is a national entry: only platform operators change it.",
            detail: "Set a local valuation for your organisme or territory instead.");

    public static ProblemHttpResult Forbidden(string title) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: title);
}
