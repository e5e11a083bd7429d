using Intensif.Contracts.Api.Domain;

namespace Intensif.Contracts.Api.Apis;

/// <summary>Request and response examples of the OpenAPI document (docs/http-conventions.md): one person's path through the service.</summary>
internal static class ApiExamples
{
    private static readonly Guid Person = Guid.Parse("0193a0c4-5e2b-7c1d-9a40-2f6b1c3d4e5f");
    private static readonly Guid ContractId = Guid.Parse("0193a0c5-1a2b-7c3d-8e4f-5a6b7c8d9e0f");
    private static readonly DateTimeOffset At = new(2026, 11, 20, 9, 30, 0, TimeSpan.Zero);

    public static readonly RegisterBeneficiaryRequest RegisterRsaBeneficiary = new()
    {
        FirstName = "Sonia", LastName = "Petit", BirthDate = new DateOnly(1990, 5, 5), Territory = "34", FranceTravailId = "1234567A",
        Publics = [PublicType.RSA], RsaHousehold = new RsaHouseholdInput { Size = 3, SingleParentMajoration = true, ChildrenUnder12 = 2 },
    };

    public static readonly BeneficiaryResponse RsaBeneficiary = new(Person, "org-cd34", "referent-1", "1234567A", "Sonia", "Petit",
        new DateOnly(1990, 5, 5), "34", [PublicType.RSA], new RsaHousehold(3, true, 2), null, At);

    public static readonly RecordOrientationRequest Orientation = new()
    {
        DecidedBy = OrientationAuthority.PCD, DecisionDate = new DateOnly(2026, 11, 2), NotificationDate = new DateOnly(2026, 11, 4),
        Parcours = Parcours.SOCIO_PRO, RsaRequestDate = new DateOnly(2026, 10, 1),
    };

    public static readonly OrientationResponse OrientationRecorded = new(Guid.Parse("0193a0c4-9f00-7abc-8def-001122334455"), Person,
        OrientationAuthority.PCD, new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 4), Parcours.SOCIO_PRO, "org-cd34", false, null, null,
        new DateOnly(2026, 12, 4), new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 12), false, At, "referent-1");

    public static readonly RecordDiagnosticRequest Diagnostic = new()
    {
        ProjectMaturity = ProjectMaturity.A_VALIDER, ProfessionalProject = "Aide à domicile", WeeklyCapacityHint = 12, CoBuilt = true,
        Barriers =
        [
            new DiagnosticBarrierInput { Type = BarrierType.MOBILITE, Level = BarrierLevel.FORT, Evidence = "Pas de permis, pas de bus avant 8 h" },
            new DiagnosticBarrierInput { Type = BarrierType.GARDE_ENFANT, Level = BarrierLevel.MOYEN },
        ],
    };

    public static readonly SignContractRequest SignContract = new()
    {
        BeneficiaryId = Person, SignedOn = new DateOnly(2026, 11, 20),
        WeeklyDuration = new WeeklyDurationInput { Regime = WeeklyDurationRegime.ADJUSTED_DOWN, TargetWeeklyHours = 12, Justification = "Parent isolé, garde le mercredi" },
        OrganismeCommitments = "Un entretien toutes les deux semaines; aide au permis", BeneficiaryCommitments = "Participer aux ateliers et à l'immersion",
    };

    public static readonly ContractResponse SignedContract = new(ContractId, Person, "org-cd34", "referent-1", ContractStatus.SIGNED,
        new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 20), null, null, null, WeeklyDurationRegime.ADJUSTED_DOWN, 12m,
        "Parent isolé, garde le mercredi", false, "Un entretien toutes les deux semaines; aide au permis",
        "Participer aux ateliers et à l'immersion", 1, At, At);

    public static readonly AmendContractRequest Amendment = new()
    {
        WeeklyDuration = new WeeklyDurationInput { Regime = WeeklyDurationRegime.STANDARD }, Reason = "Solution de garde trouvée",
    };

    public static readonly PlanRequest Plan = new()
    {
        Objectives =
        [
            new ObjectiveInput { Code = "EMP-PROJET", Label = "Valider le projet par une immersion", Dimension = ObjectiveDimension.EMPLOI },
            new ObjectiveInput { Code = "SOC-MOB", Label = "Lever le frein mobilité", Dimension = ObjectiveDimension.SOCIAL, LinkedBarrier = BarrierType.MOBILITE },
        ],
        Actions =
        [
            new PlannedActionInput { CatalogueCode = "EMP-PMSMP-01", Family = 1, StartDate = new DateOnly(2026, 12, 7), ObjectiveCode = "EMP-PROJET" },
            new PlannedActionInput { Label = "Candidatures", Family = 3, Supervision = Supervision.AUTONOME, WeeklyHours = 5, StartDate = new DateOnly(2026, 11, 23) },
        ],
        Reason = "Plan co-construit à la signature",
    };

    public static readonly OpenBreachFileRequest OpenBreachFile = new()
    {
        BreachType = BreachType.ASSIDUITE, Benefit = BenefitKind.RSA, DetectedOn = new DateOnly(2026, 11, 16),
        Evidence = [new BreachEvidenceInput { Kind = EvidenceKind.WEEKLY_PROGRAMME, Reference = "2026-W45", Summary = "0 h réalisées sur 12" }],
    };

    public static readonly BreachDecisionRequest RsaDecision = new()
    {
        Authority = DecisionAuthority.PCD, DecisionDate = new DateOnly(2026, 12, 10), Sanction = true, Measure = SanctionMeasure.SUSPENSION,
        RatePercent = 50, DurationMonths = 1,
    };
}
