using Intensif.Messaging;
using Intensif.Scheduling.Api.Apis;
using Intensif.Scheduling.Api.Catalogue;
using Intensif.Scheduling.Api.Infrastructure;
using Intensif.Scheduling.Api.IntegrationEvents;
using Intensif.ServiceDefaults.Http;
using Intensif.ServiceDefaults.Persistence;

namespace Intensif.Scheduling.Api.Extensions;

public static class ApplicationServices
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        // DataAnnotations on request records: 400 with field errors before any write (the source generator
        // only sees the endpoints of the project that calls AddValidation, hence here and not in ServiceDefaults)
        builder.Services.AddValidation();
        builder.AddPostgresDbContext<SchedulingDbContext>("schedulingdb");
        builder.AddMessaging<SchedulingDbContext>("scheduling", bus =>
        {
            bus.AddConsumer<IntensiveEpisodeStartedConsumer>();
            bus.AddConsumer<IntensiveEpisodeEndedConsumer>();
            bus.AddConsumer<IntensiveEpisodeExtendedConsumer>();
            bus.AddConsumer<ReferentChangedConsumer>();
            bus.AddConsumer<ContractAmendedConsumer>();
            bus.AddConsumer<SessionPublishedConsumer>();
            bus.AddConsumer<SessionUpdatedConsumer>();
            bus.AddConsumer<SessionCancelledConsumer>();
            bus.AddConsumer<CatalogueEntryPublishedConsumer>();
            bus.AddConsumer<CatalogueEntryUpdatedConsumer>();
            bus.AddConsumer<ReferralAcceptedConsumer>();
            bus.AddConsumer<ReferralCancelledConsumer>();
        });
        builder.AddIdempotency<SchedulingDbContext>();
        builder.Services.AddAuditTrail<SchedulingDbContext>();
        builder.Services.AddScoped<ProgrammeBooking>();
        // the catalogue values activities in hours (docs/catalogue.md); its address comes from the AppHost reference
        builder.Services.AddHttpClient<CatalogueValuations>((services, http) =>
        {
            var catalogue = services.GetRequiredService<IConfiguration>()[$"services:{CatalogueValuations.ServiceName}:http:0"];
            if (Uri.TryCreate(catalogue, UriKind.Absolute, out var address)) http.BaseAddress = address;
            http.Timeout = TimeSpan.FromSeconds(10);
        });
        return builder;
    }
}
