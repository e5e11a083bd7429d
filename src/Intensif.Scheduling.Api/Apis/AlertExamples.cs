using Intensif.Scheduling.Api.Domain;

namespace Intensif.Scheduling.Api.Apis;

/// <summary>The alerts example of the OpenAPI document, with the SR-07 alert and its due date.</summary>
internal static class AlertExamples
{
    public static readonly AlertsResponse Alerts = ApiExamples.Alerts with
    {
        Alerts =
        [
            .. ApiExamples.Alerts.Alerts,
            new ReferentAlert(AlertRules.NoProfessionalSituationCode, Guid.Parse("0193a1f2-7c4e-7d10-9a51-2f0c6b1e8d43"),
                Guid.Parse("0193a1e9-0000-7000-8000-00000000e002"),
                "Book a professional situation (R.5411-15 1°: PMSMP, immersion, IAE…) starting by 2026-12-13, 6 weeks after the start (SR-07).")
            {
                DueBy = new DateOnly(2026, 12, 13),
            },
        ],
    };

    public static readonly WorkFirstJustificationRequest Justification = new()
    {
        Reason = "Hébergement d'urgence jusqu'à fin décembre : la recherche de logement passe avant une immersion.",
    };

    public static readonly WorkFirstJustificationResponse Justified = new(Guid.Parse("0193a1f2-7c4e-7d10-9a51-2f0c6b1e8d43"),
        Guid.Parse("0193a1e9-0000-7000-8000-00000000e002"), "SOCIAL", Justification.Reason!, "referent-1",
        new DateTimeOffset(2026, 11, 25, 9, 30, 0, TimeSpan.Zero));
}
