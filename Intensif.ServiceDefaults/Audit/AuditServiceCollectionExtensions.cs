using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intensif.ServiceDefaults.Audit;

public static class AuditServiceCollectionExtensions
{
    /// <summary>The service's <see cref="AuditTrail{TDbContext}"/>, writing into <typeparamref name="TDbContext"/> (which maps <see cref="AuditModelBuilderExtensions.AddAuditTable"/>).</summary>
    public static IServiceCollection AddAuditTrail<TDbContext>(this IServiceCollection services) where TDbContext : DbContext =>
        services.AddScoped<AuditTrail<TDbContext>>();
}
