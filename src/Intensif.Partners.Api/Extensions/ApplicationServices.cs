using Intensif.Partners.Api.Infrastructure;
using Intensif.Messaging;
using Intensif.Partners.Api.Domain;
using Intensif.Partners.Api.IntegrationEvents;
using Intensif.ServiceDefaults.Http;
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
        builder.AddMessaging<PartnersDbContext>("partners", bus =>
        {
            // the episodes co-accompaniments attach to, as Contracts publishes them
            bus.AddConsumer<IntensiveEpisodeStartedConsumer>();
            bus.AddConsumer<IntensiveEpisodeExtendedConsumer>();
            bus.AddConsumer<IntensiveEpisodeEndedConsumer>();
        });
        builder.AddIdempotency<PartnersDbContext>();
        builder.Services.AddAuditTrail<PartnersDbContext>();
        builder.Services.AddScoped<SessionChanges>();
        builder.Services.AddScoped<Waitlist>();
        builder.Services.AddScoped<ReferralFlow>();
        builder.Services.AddScoped<ReferralExpiry>();
        builder.Services.AddOptions<ReferralOptions>().BindConfiguration(ReferralOptions.Section)
            .Validate(o => o.ExpiryDays > 0 && o.SweepInterval > TimeSpan.Zero, "Partners:Referrals:ExpiryDays and SweepInterval must be positive.")
            .ValidateOnStart();
        builder.Services.AddOptions<InvitationOptions>().BindConfiguration(InvitationOptions.Section)
            .Validate(o => o.ValidityDays > 0, "Partners:Invitations:ValidityDays must be positive.")
            .ValidateOnStart();
        builder.Services.AddHostedService<ReferralExpirySweep>();
        return builder;
    }
}
