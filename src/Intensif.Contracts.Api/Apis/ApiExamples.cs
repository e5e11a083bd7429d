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
        Sex = Domain.Sex.F, Qpv = true,
    };

    public static readonly BeneficiaryResponse RsaBeneficiary = new(Person, "org-cd34", "referent-1", "1234567A", "Sonia", "Petit",
        new DateOnly(1990, 5, 5), "34", [PublicType.RSA], new RsaHousehold(3, true, 2), null, At) { Sex = Domain.Sex.F, Qpv = true };

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

    private static readonly Guid FileId = Guid.Parse("0193a0c6-2b3c-7d4e-8f50-6a7b8c9d0e1f");
    private static readonly Guid EpisodeId = Guid.Parse("0193a0c7-3c4d-7e5f-9061-7b8c9d0e1f20");
    private static readonly Guid PmsmpId = Guid.Parse("0193a0c8-4d5e-7f60-8172-8c9d0e1f2031");
    private static readonly Guid JobSearchId = Guid.Parse("0193a0c8-4d5e-7f60-8172-8c9d0e1f2032");

    public static readonly SituationRequest Situation = new()
    {
        Publics = [PublicType.RSA, PublicType.RQTH], RsaHousehold = new RsaHouseholdInput { Size = 3, SingleParentMajoration = true, ChildrenUnder12 = 2 },
    };

    public static readonly OrientationResponse[] Orientations = [OrientationRecorded];

    public static readonly OverdueContractResponse[] OverdueContracts =
        [new(Person, "referent-1", OrientationRecorded.Id, Parcours.SOCIO_PRO, new DateOnly(2026, 11, 4), new DateOnly(2026, 12, 4), 6)];

    public static readonly DiagnosticResponse DiagnosticRecorded = new(Guid.Parse("0193a0c4-a100-7abc-8def-112233445566"), Person, 1,
        new DateOnly(2026, 11, 18), ProjectMaturity.A_VALIDER, "Aide à domicile",
        [new DiagnosticBarrier(BarrierType.MOBILITE, BarrierLevel.FORT, "Pas de permis, pas de bus avant 8 h", false), new DiagnosticBarrier(BarrierType.GARDE_ENFANT, BarrierLevel.MOYEN, null, false)],
        12m, true, false, true, At, "referent-1");

    public static readonly DiagnosticResponse[] Diagnostics = [DiagnosticRecorded];

    public static readonly DraftContractRequest Draft = new()
    {
        BeneficiaryId = Person, WeeklyDuration = new WeeklyDurationInput { Regime = WeeklyDurationRegime.STANDARD },
        OrganismeCommitments = "Un entretien toutes les deux semaines", BeneficiaryCommitments = "Participer aux ateliers",
    };

    public static readonly ContractResponse DraftedContract = SignedContract with
    {
        Status = ContractStatus.DRAFT, SignedOn = null, BeneficiaryAcknowledgedOn = null, Regime = WeeklyDurationRegime.STANDARD, TargetWeeklyHours = 15m,
        DurationJustification = null, OrganismeCommitments = "Un entretien toutes les deux semaines", BeneficiaryCommitments = "Participer aux ateliers",
    };

    public static readonly SignDraftRequest SignDraft = new() { SignedOn = new DateOnly(2026, 11, 20), BeneficiaryAcknowledgedOn = new DateOnly(2026, 11, 20) };

    public static readonly ActivateContractRequest Activate = new() { ActivatedOn = new DateOnly(2026, 11, 23) };

    public static readonly ContractResponse ActiveContract = SignedContract with { Status = ContractStatus.ACTIVE, ActivatedOn = new DateOnly(2026, 11, 23), Version = 2 };

    public static readonly ContractResponse AmendedContract = ActiveContract with
    {
        Regime = WeeklyDurationRegime.STANDARD, TargetWeeklyHours = 15m, DurationJustification = null, Version = 3,
    };

    public static readonly CloseContractRequest Closure = new() { ClosedOn = new DateOnly(2027, 5, 28), Reason = ExitType.EMPLOI_DURABLE };

    public static readonly ContractResponse ClosedContract = AmendedContract with
    {
        Status = ContractStatus.CLOSED, ClosedOn = new DateOnly(2027, 5, 28), ClosureReason = ExitType.EMPLOI_DURABLE, Version = 4,
    };

    public static readonly ContractVersionResponse[] ContractVersions =
    [
        new(1, ContractChange.SIGNED, null, ContractStatus.SIGNED, "referent-1", WeeklyDurationRegime.ADJUSTED_DOWN, 12m, "Parent isolé, garde le mercredi",
            SignedContract.OrganismeCommitments, SignedContract.BeneficiaryCommitments, At, "referent-1"),
        new(2, ContractChange.AMENDED, "Solution de garde trouvée", ContractStatus.ACTIVE, "referent-1", WeeklyDurationRegime.STANDARD, 15m, null,
            SignedContract.OrganismeCommitments, SignedContract.BeneficiaryCommitments, At.AddDays(14), "referent-1"),
    ];

    public static readonly AuditEntryResponse[] ContractAudit =
    [
        new(At, "referent-1", "referent", "contract.signed", "contract", ContractId, null,
            System.Text.Json.JsonDocument.Parse("""{"status":"SIGNED","version":1}""").RootElement.Clone()),
    ];

    public static readonly StartEpisodeRequest StartEpisode = new() { StartDate = new DateOnly(2026, 11, 23), PlannedEndDate = new DateOnly(2027, 5, 23) };

    public static readonly IntensiveEpisodeResponse EpisodeStarted = new(EpisodeId, ContractId, Person, "referent-1", EpisodeStatus.ACTIVE,
        new DateOnly(2026, 11, 23), new DateOnly(2027, 5, 23), 0, false, null, null, []);

    public static readonly IntensiveEpisodeResponse[] Episodes = [EpisodeStarted];

    public static readonly ExtendEpisodeRequest ExtendEpisode = new() { PlannedEndDate = new DateOnly(2027, 7, 23), Reason = "Immersion prolongée en vue d'une embauche" };

    public static readonly IntensiveEpisodeResponse EpisodeExtended = EpisodeStarted with { PlannedEndDate = new DateOnly(2027, 7, 23), ExtensionCount = 1 };

    public static readonly EndEpisodeRequest EndEpisode = new()
    {
        EndedOn = new DateOnly(2027, 5, 21), ExitType = ExitType.EMPLOI_DURABLE,
        BarriersAtExit = [new BarrierInput { Type = BarrierType.MOBILITE, Level = BarrierLevel.MOYEN }],
        EmploymentDetails = new EmploymentDetailsInput
        {
            ContractKind = EmploymentContractKind.CDI, StartDate = new DateOnly(2027, 5, 17), WeeklyHours = 28, EmployerSiret = "12345678900018", Rome = "K1302",
        },
    };

    public static readonly IntensiveEpisodeResponse EpisodeEnded = EpisodeStarted with
    {
        Status = EpisodeStatus.ENDED, EndedOn = new DateOnly(2027, 5, 21), ExitType = Domain.ExitType.EMPLOI_DURABLE,
        BarriersAtExit = [new BarrierRating(BarrierType.MOBILITE, BarrierLevel.MOYEN)],
    };

    public static readonly PlanResponse PlanWritten = new(ContractId, 1,
        [
            new Objective("EMP-PROJET", "Valider le projet par une immersion", ObjectiveDimension.EMPLOI, ObjectiveStatus.NOT_STARTED, null, null),
            new Objective("SOC-MOB", "Lever le frein mobilité", ObjectiveDimension.SOCIAL, ObjectiveStatus.NOT_STARTED, null, BarrierType.MOBILITE),
        ],
        [
            new PlannedAction(PmsmpId, "EMP-PMSMP-01", "Immersion en structure d'aide à domicile", 1, Supervision.ACCOMPAGNEE, 7m, new DateOnly(2026, 12, 7), null, "EMP-PROJET"),
            new PlannedAction(JobSearchId, null, "Candidatures", 3, Supervision.AUTONOME, 5m, new DateOnly(2026, 11, 23), null, null),
        ],
        null, 12m, 12m, 58.3m, [], At, "referent-1");

    public static readonly PlanVersionResponse[] PlanVersions =
        [new(1, PlanWritten.Objectives, PlanWritten.Actions, null, [], "Plan co-construit à la signature", At, "referent-1")];

    public static readonly ChangeReferentRequest Handover = new()
    {
        ToReferentId = "referent-2", Reason = ReferentChangeReason.ABSENCE, EffectiveDate = new DateOnly(2026, 12, 1),
        HandoverNote = "Immersion PMSMP prévue le 7 décembre; garde d'enfants le mercredi.",
    };

    public static readonly ReferentChangeResponse HandedOver = new(Guid.Parse("0193a0c9-5e6f-7081-9283-9d0e1f203142"), Person, "referent-1", "referent-2",
        ReferentChangeReason.ABSENCE, new DateOnly(2026, 12, 1), "Immersion PMSMP prévue le 7 décembre; garde d'enfants le mercredi.", true, At, "manager-1");

    public static readonly ReferentChangeResponse[] ReferentChanges = [HandedOver];

    public static readonly LocalPolicyRequest HeraultPolicy = new()
    {
        CapacityIntensive = 40, IntensiveDurationMinMonths = 2, IntensiveDurationMaxMonths = 6, TargetWeeklyHoursDefault = 15m,
        EarlyWorkSituationDeadlineWeeks = 6, AccompaniedShareMinPercent = 60, BreachMissedInterviews = 3, BreachWindowDays = 45, BreachWeeksFarBelowTarget = 4,
    };

    public static readonly LocalPolicyResponse NationalPolicy = LocalPolicyResponse.From("org-cd34", true, LocalPolicy.National);

    public static readonly LocalPolicyResponse HeraultPolicySet = new("org-cd34", false, 40, 2, 6, 15m, 6, 60, 3, 45, 4);

    public static readonly BreachFileResponse BreachFileProposed = new(FileId, Person, ContractId, BenefitKind.RSA, BreachType.ASSIDUITE,
        new DateOnly(2026, 11, 16), [new BreachEvidence(EvidenceKind.WEEKLY_PROGRAMME, "2026-W45", "0 h réalisées sur 12")], BreachFileStatus.PROPOSED,
        null, null, null, null, null, null, null, null, null, null, null, null, false, null, null, null, null, null, null, At, "referent-1", At);

    public static readonly BreachFileResponse[] BreachFiles = [BreachFileProposed];

    public static readonly BreachStepRequest Invitation = new() { On = new DateOnly(2026, 11, 18) };

    public static readonly BreachFileResponse ObservationsInvited = BreachFileProposed with
    {
        Status = BreachFileStatus.OBSERVATIONS_INVITED, ObservationsInvitedOn = new DateOnly(2026, 11, 18),
    };

    public static readonly BreachStepRequest Observations = new()
    {
        On = new DateOnly(2026, 11, 28), LegitimateReasonClaimed = false, Summary = "Absences liées à un problème de transport, non justifiées",
    };

    public static readonly BreachFileResponse ObservationsReceived = ObservationsInvited with
    {
        ObservationsReceivedOn = new DateOnly(2026, 11, 28), LegitimateReasonClaimed = false, ObservationsSummary = Observations.Summary,
    };

    public static readonly BreachStepRequest EpOpinionGiven = new() { On = new DateOnly(2026, 12, 3), Opinion = Domain.EpOpinion.SANCTION };

    public static readonly BreachFileResponse EpOpinionRecorded = ObservationsReceived with { EpOpinion = Domain.EpOpinion.SANCTION, EpOpinionOn = new DateOnly(2026, 12, 3) };

    public static readonly BreachFileResponse SanctionDecided = EpOpinionRecorded with
    {
        Status = BreachFileStatus.SANCTIONED, DecisionAuthority = Domain.DecisionAuthority.PCD, DecisionDate = new DateOnly(2026, 12, 10),
        Rank = SanctionRank.FIRST, Measure = SanctionMeasure.SUSPENSION, RatePercent = 50, DurationMonths = 1, SanctionEndsOn = new DateOnly(2027, 1, 10),
    };

    public static readonly BreachStepRequest Compliance = new() { On = new DateOnly(2026, 12, 20) };

    public static readonly BreachFileResponse SanctionLifted = SanctionDecided with
    {
        Status = BreachFileStatus.LIFTED, LiftedOn = new DateOnly(2026, 12, 20), LiftReason = Domain.LiftReason.COMPLIANCE, AmountsRepaid = true,
    };

    public static readonly BreachDismissalRequest Dismissal = new() { Reason = "Motif légitime déjà connu : hospitalisation du 10 au 14 novembre" };

    public static readonly BreachFileResponse BreachFileDismissed = BreachFileProposed with
    {
        Status = BreachFileStatus.DISMISSED, DismissalReason = Dismissal.Reason,
    };

    private static readonly Guid OutcomeId = Guid.Parse("0193a0c9-4d5e-7f60-8a1b-2c3d4e5f6a7b");

    public static readonly RecordEmploymentOutcomeRequest EmploymentOutcome = new()
    {
        ContractKind = EmploymentContractKind.CDD, StartDate = new DateOnly(2027, 8, 2), DurationMonths = 6, WeeklyHours = 35,
        EmployerSiret = "12345678900018", Rome = "K1302", Source = EmploymentOutcomeSource.FOLLOW_UP_3_MONTHS,
    };

    public static readonly EmploymentOutcomeResponse EmploymentOutcomeRecorded = new(OutcomeId, ContractId, EpisodeId, EmploymentContractKind.CDD,
        new DateOnly(2027, 8, 2), 6, 35, "12345678900018", "K1302", EmploymentOutcomeSource.FOLLOW_UP_3_MONTHS, true,
        new DateTimeOffset(2027, 8, 23, 10, 0, 0, TimeSpan.Zero), "referent-1");

    public static readonly EmploymentOutcomeResponse[] EmploymentOutcomes =
    [
        new(Guid.Parse("0193a0c8-0a1b-7c2d-9e3f-4a5b6c7d8e9f"), ContractId, EpisodeId, EmploymentContractKind.INTERIM, new DateOnly(2027, 5, 17), 2, 28,
            null, "K1302", EmploymentOutcomeSource.EXIT, false, new DateTimeOffset(2027, 5, 21, 16, 0, 0, TimeSpan.Zero), "referent-1"),
        EmploymentOutcomeRecorded,
    ];

    public static readonly RecordFollowUpCheckRequest FollowUpCheck = new()
    {
        Check = EmploymentOutcomeSource.FOLLOW_UP_3_MONTHS, CheckedOn = new DateOnly(2027, 8, 23), Result = FollowUpCheckResult.NO_EMPLOYMENT,
    };

    public static readonly FollowUpCheckResponse FollowUpCheckRecorded = new(Guid.Parse("0193a0ca-5e6f-7a80-9b1c-2d3e4f5a6b7c"), ContractId, EpisodeId,
        EmploymentOutcomeSource.FOLLOW_UP_3_MONTHS, new DateOnly(2027, 8, 23), FollowUpCheckResult.NO_EMPLOYMENT,
        new DateTimeOffset(2027, 8, 23, 10, 0, 0, TimeSpan.Zero), "referent-1");

    public static readonly FollowUpCheckResponse[] FollowUpChecks = [FollowUpCheckRecorded];

    public static readonly FollowUpsDuePage FollowUpsDue = new(
    [
        new(ContractId, EpisodeId, Person, "referent-1", new DateOnly(2027, 5, 21), Domain.ExitType.EMPLOI_TEMPORAIRE,
            EmploymentOutcomeSource.FOLLOW_UP_6_MONTHS, new DateOnly(2027, 11, 21)),
    ], null);
}
