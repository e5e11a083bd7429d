using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Intensif.ServiceDefaults.Http;

public static class IdempotencyEndpointExtensions
{
    /// <summary>This creating POST honours Idempotency-Key: a retry with the same key gets the first answer and writes nothing.</summary>
    public static TBuilder WithIdempotency<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(new IdempotentEndpointMetadata());
        builder.Add(endpoint => endpoint.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status409Conflict, typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), ["application/problem+json"])));
        return builder;
    }

    /// <summary>
    /// Keeps the service's Idempotency-Keys in its own database (the model must call <see cref="IdempotencyModelBuilderExtensions.AddIdempotencyTable"/>
    /// and a migration <see cref="IdempotencyMigrationBuilderExtensions.CreateIdempotencyTable"/>); keys are kept for a day.
    /// </summary>
    public static IHostApplicationBuilder AddIdempotency<TDbContext>(this IHostApplicationBuilder builder) where TDbContext : DbContext
    {
        builder.Services.AddScoped<IIdempotencyStore, PostgresIdempotencyStore<TDbContext>>();
        builder.Services.AddHostedService<IdempotencyPurgeService>();
        return builder;
    }
}
