using Intensif.ServiceDefaults.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Intensif.ServiceDefaults.OpenApi;

public static class OpenApiExampleExtensions
{
    /// <summary>An example request body, shown in the OpenAPI document (serialised like the API serialises).</summary>
    public static TBuilder WithRequestExample<TBuilder>(this TBuilder builder, object example) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new OpenApiExampleMetadata(null, example));

    /// <summary>An example response body for a status code, shown in the OpenAPI document.</summary>
    public static TBuilder WithResponseExample<TBuilder>(this TBuilder builder, int statusCode, object example) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new OpenApiExampleMetadata(statusCode, example));

    /// <summary>A read that answers the resource's version as ETag.</summary>
    public static TBuilder WithETag<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ConcurrencyEndpointMetadata(ChecksIfMatch: false));

    /// <summary>A write that honours If-Match (412 on a stale ETag, see <see cref="ETags.CheckIfMatch"/>).</summary>
    public static TBuilder WithIfMatch<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(new ConcurrencyEndpointMetadata(ChecksIfMatch: true));
        builder.Add(endpoint => endpoint.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status412PreconditionFailed, typeof(ProblemDetails), ["application/problem+json"])));
        return builder;
    }
}
