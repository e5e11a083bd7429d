using System.Text.Json;
using Intensif.ServiceDefaults.Persistence;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Intensif.ServiceDefaults.Problems;

/// <summary>The one mapping from failures to RFC 9457 answers: bad input 400, broken rule 409, stale write 412.</summary>
public sealed class PlatformExceptionHandler(IProblemDetailsService problems, ILogger<PlatformExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            BadHttpRequestException bad => new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request is not valid.",
                Detail = bad.InnerException is JsonException json ? $"The body is not valid JSON for this operation: {json.Message}" : bad.Message,
            },
            RuleViolationException rule => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "A rule of the accompagnement refuses this change.",
                Detail = rule.Message,
                Extensions = { ["code"] = rule.Code },
            },
            Http.PreconditionFailedException stale => new ProblemDetails
            {
                Status = StatusCodes.Status412PreconditionFailed,
                Title = "The resource was changed by someone else.",
                Detail = $"{stale.Message} Read it again and retry with its current ETag.",
                Extensions = { ["code"] = "stale-etag" },
            },
            DbUpdateConcurrencyException => new ProblemDetails
            {
                Status = StatusCodes.Status412PreconditionFailed,
                Title = "The resource was changed by someone else.",
                Detail = "Read it again and retry with its current ETag.",
            },
            DbUpdateException duplicate when duplicate.IsUniqueViolation() => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "This change conflicts with another one made at the same time.",
                Detail = "A resource with the same identity already exists.",
                Extensions = { ["code"] = "duplicate" },
            },
            _ => null,
        };
        if (problem is null)
        {
            logger.LogError(exception, "Unhandled failure on {Method} {Path}", context.Request.Method, context.Request.Path);
            return false;   // the default handler answers 500 with a ProblemDetails body
        }

        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }
}
