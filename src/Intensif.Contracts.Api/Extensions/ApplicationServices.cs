using Intensif.Contracts.Api.Apis;
using Intensif.Contracts.Api.Infrastructure;
using Intensif.Contracts.Api.IntegrationEvents;
using Intensif.Messaging;
using Intensif.ServiceDefaults.Http;
using Intensif.ServiceDefaults.Persistence;

namespace Intensif.Contracts.Api.Extensions;

public static class ApplicationServices
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        // DataAnnotations on request records: 400 with field errors before any write (the source generator
        // only sees the endpoints of the project that calls AddValidation, hence here and not in ServiceDefaults)
        builder.Services.AddValidation();
        builder.AddPostgresDbContext<ContractsDbContext>("contractsdb");
        builder.AddMessaging<ContractsDbContext>("contracts", bus =>
        {
            bus.AddConsumer<CatalogueEntryPublishedConsumer>();
            bus.AddConsumer<CatalogueEntryUpdatedConsumer>();
            bus.AddConsumer<CatalogueEntryArchivedConsumer>();
            bus.AddConsumer<InterviewMissedConsumer>();
            bus.AddConsumer<WeekClosedConsumer>();
        });
        builder.AddIdempotency<ContractsDbContext>();
        builder.Services.AddSingleton<ContractsTelemetry>();
        builder.Services.AddAuditTrail<ContractsDbContext>();
        builder.Services.AddScoped<SanctionEnding>();
        builder.Services.AddHostedService<SanctionEndingSweep>();
        return builder;
    }
}
