using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Intensif.ServiceDefaults.Http;

/// <summary>
/// Optimistic concurrency over HTTP (architecture §4): a resource's GET answers its version as a strong ETag; a write
/// that sends <c>If-Match</c> with a stale ETag is refused with 412 before anything is written. Writes without If-Match
/// still meet the database's own concurrency check.
/// </summary>
public static class ETags
{
    public static string Format(object version) => $"\"{Convert.ToString(version, CultureInfo.InvariantCulture)}\"";

    /// <summary>Sets the response's ETag to this version of the resource.</summary>
    public static void SetETag(this HttpContext context, object version) =>
        context.Response.Headers.ETag = Format(version);

    /// <summary>Throws <see cref="PreconditionFailedException"/> (412) when the request's If-Match names another version.</summary>
    public static void CheckIfMatch(this HttpContext context, object currentVersion)
    {
        var ifMatch = context.Request.Headers.IfMatch;
        if (ifMatch.Count == 0) return;
        if (!EntityTagHeaderValue.TryParseList(ifMatch, out var tags))
            throw new PreconditionFailedException($"If-Match is not a list of entity tags: {ifMatch}.");
        var current = new EntityTagHeaderValue(Format(currentVersion));
        if (tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(current, useStrongComparison: true))) return;
        throw new PreconditionFailedException($"If-Match {ifMatch} does not name the current version {current.Tag}.");
    }
}
