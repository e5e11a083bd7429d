using Intensif.Catalogue.Api.Domain;

namespace Intensif.Catalogue.Api.Apis;

/// <summary>The examples of the catalogue's OpenAPI document: a local collective workshop, as written and as read.</summary>
public static class ApiExamples
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 9, 30, 0, TimeSpan.Zero);

    public static readonly EntryRequest Workshop = new()
    {
        Code = "LOC-NUM-01",
        Label = "Atelier numérique de quartier",
        Description = "Créer son adresse électronique et faire ses démarches en ligne.",
        Category = "Numérique",
        Dimension = Dimension.SOCIAL,
        Family = 5,
        Mode = DeliveryMode.COLLECTIF,
        Supervision = Supervision.ACCOMPAGNEE,
        Channel = DeliveryChannel.PRESENTIEL,
        Valuation = new ValuationDto { Method = ValuationMethod.FORFAIT_PAR_OCCURRENCE, ForfaitHours = 2, MaxOccurrencesPerWeek = 2 },
        ProofType = ProofType.EMARGEMENT_PARTENAIRE,
        Eligibility = new Eligibility { Publics = ["jeunes", "residents-qpv-frr"], AgeMin = 16, AgeMax = 25 },
        Territories = ["75"],
        Themes = ["numerique--maitriser-les-fondamentaux-du-numerique"],
        Funding = ["GRATUIT"],
        HourlyCosts = [new HourlyCostDto { EurosPerHour = 38.5m, ValidFrom = new DateOnly(2026, 1, 1), ValidTo = new DateOnly(2026, 12, 31) }],
    };

    public static readonly EntryResponse WorkshopDraft =
        EntryResponse.From(CatalogueEntry.Draft(Workshop.Code!, Workshop.ToDefinition(), EntryScope.LOCAL, "org-paris-cd75", "manager-1", At));

    public static readonly RejectProposalRequest Rejection = new() { Reason = "Préciser le nombre de places par séance et le public visé." };
}
