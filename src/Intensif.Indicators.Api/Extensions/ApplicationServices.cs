using Intensif.Indicators.Api.Domain;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.Indicators.Api.IntegrationEvents;
using Intensif.Messaging;
using Intensif.ServiceDefaults.Http;
using Intensif.ServiceDefaults.Persistence;
using Microsoft.Extensions.Options;

namespace Intensif.Indicators.Api.Extensions;

public static class ApplicationServices
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        // DataAnnotations on request records: 400 with field errors before any write (the source generator
        // only sees the endpoints of the project that calls AddValidation, hence here and not in ServiceDefaults)
        builder.Services.AddValidation();
        builder.AddPostgresDbContext<IndicatorsDbContext>("indicatorsdb");
        // figures are kept per request window and recomputed when a projection they read changes (docs/indicators.md "Pre-aggregation")
        builder.Services.AddSingleton<FigureChangesInterceptor>();
        builder.Services.ConfigureDbContext<IndicatorsDbContext>((services, options) => options.AddInterceptors(services.GetRequiredService<FigureChangesInterceptor>()));
        builder.Services.AddScoped<FigureCache>();
        builder.Services.AddHostedService<FigureCacheRefresher>();
        builder.AddIdempotency<IndicatorsDbContext>();
        builder.Services.AddAuditTrail<IndicatorsDbContext>();
        builder.Services.AddOptions<IndicatorsOptions>().BindConfiguration(IndicatorsOptions.Section)
            .Validate(o => o.SmallCellThreshold >= 1, "Indicators:SmallCellThreshold must be at least 1.")
            .Validate(o => o.EmploymentOutcomeWindowMonths is >= 1 and <= 36, "Indicators:EmploymentOutcomeWindowMonths must be between 1 and 36.")
            .Validate(o => o.EarlyWorkSituationWeeks is >= 1 and <= 52, "Indicators:EarlyWorkSituationWeeks must be between 1 and 52.").ValidateOnStart();
        // the definitions served and computed carry this deployment's PROP windows (a non-default one is a version of its own)
        builder.Services.AddSingleton(services =>
        {
            var options = services.GetRequiredService<IOptions<IndicatorsOptions>>().Value;
            return new IndicatorSet(IndicatorCatalogue.With(options.EmploymentOutcomeWindowMonths, options.EarlyWorkSituationWeeks));
        });
        builder.AddMessaging<IndicatorsDbContext>("indicators", bus =>
        {
            bus.AddConsumer<ContractSignedConsumer>();
            bus.AddConsumer<ContractClosedConsumer>();
            bus.AddConsumer<IntensiveEpisodeStartedConsumer>();
            bus.AddConsumer<IntensiveEpisodeExtendedConsumer>();
            bus.AddConsumer<IntensiveEpisodeEndedConsumer>();
            bus.AddConsumer<InterviewHeldConsumer>();
            bus.AddConsumer<InterviewMissedConsumer>();
            bus.AddConsumer<ReferentChangedConsumer>();
            bus.AddConsumer<WeekClosedConsumer>();
            bus.AddConsumer<DiagnosticVersionedConsumer>();
            bus.AddConsumer<SessionPublishedConsumer>();
            bus.AddConsumer<SessionUpdatedConsumer>();
            bus.AddConsumer<SessionCancelledConsumer>();
            bus.AddConsumer<AssignmentBookedConsumer>();
            bus.AddConsumer<AttendanceRecordedConsumer>();
            bus.AddConsumer<BreachFileOpenedConsumer>();
            bus.AddConsumer<SanctionDecidedConsumer>();
            bus.AddConsumer<SanctionLiftedConsumer>();
            bus.AddConsumer<CatalogueEntryPublishedConsumer>();
            bus.AddConsumer<CatalogueEntryUpdatedConsumer>();
            bus.AddConsumer<OrientationDecidedConsumer>();
            bus.AddConsumer<EmploymentOutcomeRecordedConsumer>();
            bus.AddConsumer<FollowUpCheckRecordedConsumer>();
            bus.AddConsumer<ReferralSentConsumer>();
            bus.AddConsumer<ReferralAcceptedConsumer>();
            bus.AddConsumer<ReferralRefusedConsumer>();
            bus.AddConsumer<ReferralExpiredConsumer>();
            bus.AddConsumer<ReferralCancelledConsumer>();
            bus.AddConsumer<PartnerConventionsSetConsumer>();
        });
        return builder;
    }
}
