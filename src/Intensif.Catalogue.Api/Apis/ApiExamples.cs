using System.Text.Json;
using System.Text.Json.Serialization;
using Intensif.Catalogue.Api.Domain;
using Intensif.Catalogue.Api.Infrastructure.OpenData;

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

    private static readonly CatalogueEntry WorkshopEntry =
        CatalogueEntry.Draft(Workshop.Code!, Workshop.ToDefinition(), EntryScope.LOCAL, "org-paris-cd75", "manager-1", At);

    public static readonly EntryResponse WorkshopDraft = EntryResponse.From(WorkshopEntry);

    public static readonly EntryResponse WorkshopPublished = WorkshopDraft with
    {
        Status = EntryStatus.PUBLISHED, Version = 2, UpdatedAt = At.AddHours(2), PublishedAt = At.AddHours(2),
    };

    public static readonly EntryResponse WorkshopArchived = WorkshopPublished with { Status = EntryStatus.ARCHIVED, Version = 3, UpdatedAt = At.AddDays(90) };

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static readonly EntryVersionResponse[] Versions =
    [
        new(1, "entry.created", At, "manager-1", JsonSerializer.SerializeToElement(WorkshopDraft, Json)),
        new(2, "entry.published", At.AddHours(2), "manager-1", JsonSerializer.SerializeToElement(WorkshopPublished, Json)),
    ];

    public static readonly SearchPage SearchResults = new([WorkshopPublished], "TE9DLU5VTS0wMQ");

    public static readonly SessionsPage Sessions = new(
    [
        new SessionResponse(Guid.Parse("0199a0c2-1111-7000-8000-000000000001"), Guid.Parse("0199a0c2-2222-7000-8000-000000000002"),
            "LOC-NUM-01", "Atelier numérique de quartier", At.AddDays(3), At.AddDays(3).AddHours(2), "12 rue des Panoyaux, 75020 Paris",
            null, 12, 5, "75", "numerique--maitriser-les-fondamentaux-du-numerique"),
    ], null);

    public static readonly ValuationRequest Valuation = new()
    {
        EntryCode = "LOC-NUM-01", HoursAlreadyThisWeek = 2, OccurrencesAlreadyThisWeek = 1, HoursAlreadyInTotal = 10, Territory = "75",
    };

    public static readonly ValuationResponse Valued = new("LOC-NUM-01", "NATIONAL", Workshop.Valuation!, Supervision.ACCOMPAGNEE, 2m, 2m, []);

    public static readonly LocalValuationRequest LocalValuation = new(3.5m, 7m, 2);

    public static readonly LocalValuationResponse LocalValuationSet =
        new("GEN-COL-01", OverrideScope.ORGANISME, "org-paris-cd75", 3.5m, 7m, 2, At, "manager-1");

    public static readonly DataInclusionService[] OpenDataServices = [DataInclusionMapper.ToService(WorkshopEntry)];

    public static readonly IReadOnlyList<DataInclusionStructure> OpenDataStructures =
        DataInclusionMapper.ToStructures([(DataInclusionMapper.StructureOf(EntryScope.LOCAL, "org-paris-cd75", null), At)]);

    public static readonly ImportedService[] Imported = [new(OpenDataServices[0].Id, "IMP-ORG-PARIS-CD75-LOC-NUM-01", true)];

    public static readonly RejectProposalRequest Rejection = new() { Reason = "Préciser le nombre de places par séance et le public visé." };
}
