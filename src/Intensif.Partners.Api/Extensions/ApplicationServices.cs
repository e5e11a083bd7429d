using Intensif.Partners.Api.Infrastructure;
using Intensif.Messaging;
using Intensif.ServiceDefaults.Persistence;

namespace Intensif.Partners.Api.Extensions;

public static class ApplicationServices
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        // DataAnnotations on request records: 400 with field errors before any write (the source generator
        // only sees the endpoints of the project that calls AddValidation, hence here and not in ServiceDefaults)
        builder.Services.AddValidation();
        builder.AddPostgresDbContext<PartnersDbContext>("partnersdb");
        builder.AddMessaging<PartnersDbContext>("partners");
        builder.Services.AddScoped<AuditTrail>();
        builder.Services.AddScoped<SessionChanges>();
        return builder;
    }
}
