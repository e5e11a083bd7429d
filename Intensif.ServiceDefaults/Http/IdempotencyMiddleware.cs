using System.Security.Cryptography;
using Intensif.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Intensif.ServiceDefaults.Http;

/// <summary>
/// Honours <c>Idempotency-Key</c> on the endpoints marked <see cref="IdempotencyEndpointExtensions.WithIdempotency{TBuilder}"/>:
/// the first request with a key runs; a retry of the same request (same caller, method, path, query and body) gets the
/// first answer again, marked <c>Idempotent-Replayed: true</c>, and writes nothing; the same key on another request is
/// 409 <c>idempotency-key-reused</c>; a retry while the first is still running is 409 <c>idempotency-key-in-progress</c>.
/// Only successful answers are kept: after a 4xx the client can correct the request and reuse the key.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next)
{
    public const string HeaderName = "Idempotency-Key";
    public const string ReplayedHeaderName = "Idempotent-Replayed";
    private const int MaxKeyLength = 200;

    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<IdempotentEndpointMetadata>() is null
            || !context.Request.Headers.TryGetValue(HeaderName, out var values))
        {
            await next(context);
            return;
        }

        var key = values.ToString().Trim();
        if (key.Length is 0 or > MaxKeyLength || values.Count > 1)
        {
            await WriteProblemAsync(context, problems, StatusCodes.Status400BadRequest, "The Idempotency-Key header is not valid.",
                $"Send one key of 1 to {MaxKeyLength} characters (a UUID is a good key).", "idempotency-key-invalid");
            return;
        }

        var store = context.RequestServices.GetService<IIdempotencyStore>()
            ?? throw new InvalidOperationException("An endpoint uses WithIdempotency() but the service did not call AddIdempotency<TDbContext>().");
        var scope = ScopeOf(context);
        var hash = await FingerprintAsync(context.Request, context.RequestAborted);
        var claim = await store.ClaimAsync(scope, key, hash, context.RequestAborted);
        switch (claim.Outcome)
        {
            case IdempotencyOutcome.Replay:
                await ReplayAsync(context, claim.Record!);
                return;
            case IdempotencyOutcome.InProgress:
                await WriteProblemAsync(context, problems, StatusCodes.Status409Conflict, "A request with this Idempotency-Key is still running.",
                    "Wait for its answer, then retry with the same key to get it.", "idempotency-key-in-progress");
                return;
            case IdempotencyOutcome.Mismatch:
                await WriteProblemAsync(context, problems, StatusCodes.Status409Conflict, "This Idempotency-Key was used for another request.",
                    "A key identifies one request: use a new key for a different body, path or caller.", "idempotency-key-reused");
                return;
        }

        await RunAndKeepAsync(context, store, scope, key);
    }

    private async Task RunAndKeepAsync(HttpContext context, IIdempotencyStore store, string scope, string key)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        var kept = false;
        try
        {
            await next(context);
            if (context.Response.StatusCode is >= 200 and < 300)
            {
                await store.CompleteAsync(scope, key, context.Response.StatusCode, context.Response.Headers.Location.ToString() is { Length: > 0 } l ? l : null,
                    context.Response.ContentType, buffer.ToArray(), CancellationToken.None);
                kept = true;
            }
        }
        finally
        {
            context.Response.Body = original;
            if (!kept) await store.ReleaseAsync(scope, key, CancellationToken.None);
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    private static async Task ReplayAsync(HttpContext context, IdempotencyRecord record)
    {
        context.Response.StatusCode = record.StatusCode!.Value;
        if (record.Location is not null) context.Response.Headers.Location = record.Location;
        if (record.ContentType is not null) context.Response.ContentType = record.ContentType;
        context.Response.Headers[ReplayedHeaderName] = "true";
        if (record.Body is { Length: > 0 } body) await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    /// <summary>Keys belong to one caller: the same key from two organisations are two keys.</summary>
    private static string ScopeOf(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true
            ? $"{context.User.FindFirst(PlatformClaims.Organisation)?.Value}|{context.User.FindFirst(PlatformClaims.Subject)?.Value}"
            : "anonymous";

    private static async Task<string> FingerprintAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        request.EnableBuffering();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0) hash.AppendData(chunk, 0, read);
        request.Body.Position = 0;
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static async Task WriteProblemAsync(HttpContext context, IProblemDetailsService problems, int status, string title, string detail, string code)
    {
        context.Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail, Extensions = { ["code"] = code } },
        });
    }
}
