using Intensif.Scheduling.Api.Domain;

namespace Intensif.Scheduling.Api.Apis;

/// <summary>
/// The OpenAPI examples of the person's own access: the person of <see cref="ApiExamples"/> in week 2026-W48, with the
/// partner's workshop attended and a declaration of two job applications sent (TRE-CAND-01).
/// </summary>
internal static class PersonAccessExamples
{
    private static readonly Guid Person = Guid.Parse("0193a1f2-7c4e-7d10-9a51-2f0c6b1e8d42");
    private static readonly Guid Declaration = Guid.Parse("0193a1f6-0000-7000-8000-0000000000d1");
    private static readonly DateTimeOffset Applied = new(2026, 11, 25, 13, 0, 0, TimeSpan.Zero);

    public static readonly AccessLinkResponse Link = new(Guid.Parse("0193a1f6-0000-7000-8000-0000000000a1"),
        "/api/scheduling/me/9b1f4e…(64 hex characters)", new DateTimeOffset(2027, 2, 20, 10, 0, 0, TimeSpan.Zero));

    public static readonly DeclareActivityRequest Declare = new()
    {
        EntryCode = "TRE-CAND-01", Start = Applied, End = Applied.AddHours(1), ProofReference = "Courriel de candidature, Boulangerie Martin, 25/11",
        Comment = "Candidature spontanée déposée en personne.",
    };

    public static readonly DeclarationResponse Pending = new(Declaration, Person, "TRE-CAND-01", Applied, Applied.AddHours(1), "2026-W48",
        Declare.ProofReference!, Declare.Comment, DeclarationStatus.PENDING, new DateTimeOffset(2026, 11, 25, 18, 2, 0, TimeSpan.Zero), null, null, null);

    public static readonly DeclarationsPage Declarations = new([Pending], null);

    public static readonly AssignmentResponse DeclaredDone = ApiExamples.Done with
    {
        Id = Guid.Parse("0193a1f6-0000-7000-8000-0000000000b1"), Kind = AssignmentKind.AUTONOMOUS, EntryCode = "TRE-CAND-01", SessionId = null,
        StructureId = null, PlannedStart = Applied, PlannedEnd = Applied.AddHours(1), PlannedHours = 1m, Supervision = "AUTONOME", RealisedHours = 1m,
        ProofReference = Declare.ProofReference, DeclaredBy = AttendanceSource.BENEFICIARY, RecordedAt = new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero),
    };

    public static readonly ValidatedDeclarationResponse Validated = new(Pending with
    {
        Status = DeclarationStatus.VALIDATED, DecidedAt = DeclaredDone.RecordedAt, AssignmentId = DeclaredDone.Id,
    }, DeclaredDone);

    public static readonly RejectDeclarationRequest Reject = new() { Reason = "Le justificatif ne montre pas la candidature ; joignez le courriel envoyé." };

    public static readonly DeclarationResponse Rejected = Pending with
    {
        Status = DeclarationStatus.REJECTED, DecidedAt = new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero), RejectionReason = Reject.Reason,
    };

    public static readonly PersonWeek Week = new("2026-W48", new DateTimeOffset(2026, 11, 22, 23, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(2026, 11, 29, 23, 0, 0, TimeSpan.Zero), "OPEN", 15m, 4m, 4m,
        [
            new PersonActivity(ApiExamples.Done.Id, "SESSION", "GEN-COL-01", ApiExamples.Done.PlannedStart, ApiExamples.Done.PlannedEnd,
                "12 rue de la Gare, Lunel", "DONE", 3m, 3m, "PARTNER"),
            new PersonActivity(DeclaredDone.Id, "AUTONOMOUS", "TRE-CAND-01", Applied, Applied.AddHours(1), null, "DONE", 1m, 1m, "BENEFICIARY"),
        ],
        [new PersonInterview(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero), 45, "SUIVI", "PHYSIQUE", "SCHEDULED")]);

    public static readonly PersonProgrammeResponse Programme = new(new DateOnly(2026, 11, 25),
        [Week, new PersonWeek("2026-W49", Week.End, Week.End.AddDays(7), "OPEN", 15m, 0m, 0m, [], [])], [Pending]);
}
