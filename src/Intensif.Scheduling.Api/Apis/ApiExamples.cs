using Intensif.Scheduling.Api.Domain;

namespace Intensif.Scheduling.Api.Apis;

/// <summary>
/// The examples of the scheduling OpenAPI document: a person in week 2026-W48 with a partner's collective workshop
/// (GEN-COL-01, 3 h forfait) attended, and an entretien.
/// </summary>
public static class ApiExamples
{
    private static readonly Guid Person = Guid.Parse("0193a1f2-7c4e-7d10-9a51-2f0c6b1e8d42");
    private static readonly Guid Session = Guid.Parse("0193a1f0-11aa-7b22-8c33-4d5e6f708192");
    private static readonly Guid Structure = Guid.Parse("0193a1e0-2b3c-7d4e-8f50-617283940a1b");
    private static readonly Guid Assignment = Guid.Parse("0193a1f3-5d6e-7f80-9a1b-2c3d4e5f6071");
    private static readonly DateTimeOffset WorkshopStart = new(2026, 11, 24, 8, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Recorded = new(2026, 11, 24, 11, 45, 0, TimeSpan.Zero);

    public static readonly PlanAssignmentRequest BookSession = new() { SessionId = Session };

    public static readonly AssignmentResponse Booked = new(Assignment, Person, "2026-W48", AssignmentKind.SESSION, "GEN-COL-01", Session, Structure,
        WorkshopStart, WorkshopStart.AddHours(3), 3m, "ACCOMPAGNEE", AssignmentStatus.BOOKED, null, null, null, null, null, 0);

    public static readonly RecordAttendanceRequest Attended = new() { Outcome = AttendanceOutcome.DONE };

    public static readonly AssignmentResponse Done = Booked with
    {
        Status = AssignmentStatus.DONE, RealisedHours = 3m, DeclaredBy = AttendanceSource.PARTNER, RecordedAt = Recorded, Sequence = 1,
    };

    public static readonly CloseWeekRequest Close = new() { GapReason = GapReason.ILLNESS, Comment = "Arrêt maladie jeudi et vendredi." };

    public static readonly WeekProgrammeResponse ClosedWeek = new(Person, "2026-W48", new DateTimeOffset(2026, 11, 22, 23, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(2026, 11, 29, 23, 0, 0, TimeSpan.Zero), "CLOSED", 15m, 9m, 7m, 3m, 4m, 0.4286m, 8m, "ILLNESS",
        "Arrêt maladie jeudi et vendredi.", new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero), [], [], [Done]);

    public static readonly AlertsResponse Alerts = new(new DateOnly(2026, 11, 25), "2026-W47", "2026-11",
    [
        new ReferentAlert("week-below-target", Person, Guid.Parse("0193a1e9-0000-7000-8000-00000000e001"), "Week 2026-W47: 9 h realised for a target of 15 h."),
        new ReferentAlert("episode-ending", Person, Guid.Parse("0193a1e9-0000-7000-8000-00000000e001"),
            "The intensive episode is planned to end on 2026-12-15: extend it, record the exit or return to droit commun."),
    ]);

    public static readonly List<PortfolioEntry> Portfolio =
    [
        new(Person, Guid.Parse("0193a1e9-0000-7000-8000-00000000e001"), Guid.Parse("0193a1e8-0000-7000-8000-00000000c001"), "referent-1", "34",
            new DateOnly(2026, 9, 15), new DateOnly(2026, 12, 15), 15m),
    ];

    public static readonly SessionResponse PartnerSession = new(Session, Structure, "GEN-COL-01", WorkshopStart, WorkshopStart.AddHours(3),
        "12 rue de la Gare, Lunel", "34", "MOBILITE", 12, 7);

    public static readonly ScheduleInterviewRequest Interview = new()
    {
        BeneficiaryId = Person, ScheduledAt = new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero), DurationMinutes = 45,
        Type = InterviewType.SUIVI, Channel = InterviewChannel.PHYSIQUE,
    };

    public static readonly InterviewResponse Scheduled = new(Guid.Parse("0193a1f4-0000-7000-8000-0000000001a1"), Person, "ft-34", "referent-1",
        new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero), 45, InterviewType.SUIVI, InterviewChannel.PHYSIQUE, InterviewStatus.SCHEDULED, 0);

    public static readonly RecordOutcomeRequest Held = new() { Outcome = InterviewOutcome.HELD };

    public static readonly RescheduleInterviewRequest Reschedule = new()
    {
        ScheduledAt = new DateTimeOffset(2026, 11, 27, 13, 30, 0, TimeSpan.Zero), DurationMinutes = 45, Channel = InterviewChannel.VISIO,
    };

    public static readonly ComplianceResponse Compliance = new("2026-11", [new PersonCompliance(Person, 1, 2, false)]);

    public static readonly FeedResponse Feed = new(Guid.Parse("0193a1f5-0000-7000-8000-0000000000fe"),
        "/api/scheduling/feeds/3f9c2a…(64 hex characters).ics", new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero));

    public static readonly SessionsFeedRequest SessionsFeed = new() { Territory = "75", Theme = "MOBILITE" };
}
