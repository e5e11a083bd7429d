using Intensif.Catalogue.Api.Infrastructure;
using Intensif.Catalogue.Api.IntegrationEvents;
using Intensif.Messaging;
using Intensif.ServiceDefaults.Http;
using Intensif.ServiceDefaults.Persistence;

namespace Intensif.Catalogue.Api.Extensions;

public static class ApplicationServices
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        // DataAnnotations on request records: 400 with field errors before any write (the source generator
        // only sees the endpoints of the project that calls AddValidation, hence here and not in ServiceDefaults)
        builder.Services.AddValidation();
        builder.AddPostgresDbContext<CatalogueDbContext>("cataloguedb");
        builder.AddMessaging<CatalogueDbContext>("catalogue", bus =>
        {
            bus.AddConsumer<SessionPublishedConsumer>();
            bus.AddConsumer<SessionUpdatedConsumer>();
            bus.AddConsumer<SessionCancelledConsumer>();
            bus.AddConsumer<ReferralAcceptedConsumer>();
            bus.AddConsumer<ReferralCancelledConsumer>();
            bus.AddConsumer<PartnerStructureRegisteredConsumer>();
            bus.AddConsumer<PartnerUpdatedConsumer>();
        });
        builder.AddIdempotency<CatalogueDbContext>();
        builder.Services.AddAuditTrail<CatalogueDbContext>();
        builder.Services.AddScoped<CatalogueJournal>();
        return builder;
    }
}
