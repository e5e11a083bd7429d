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

    public static ProblemHttpResult ProposalAwaitsReview(string code) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: $"{code} is your proposal: a manager of its territory validates or rejects it.",
            extensions: new Dictionary<string, object?> { ["code"] = "proposal-needs-review" });

    public static ProblemHttpResult ProposalWithThePartner(string code) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: $"{code} is a partner's proposal that is not pending: only the partner revises it.",
            extensions: new Dictionary<string, object?> { ["code"] = "proposal-with-partner" });

    public static ProblemHttpResult Forbidden(string title) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: title);
}
