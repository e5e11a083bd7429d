using Intensif.ServiceDefaults.Time;
using Intensif.Indicators.Api.Infrastructure;

namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// An activity booked into a person's programme and what became of it (BOOKED until attendance is recorded: DONE,
/// ABSENT_JUSTIFIED, ABSENT_UNJUSTIFIED). Booking and attendance commute: an attendance arriving first waits for the
/// booking's date to count anywhere; the newest attendance wins.
/// </summary>
public sealed class ActivityAssignment : IFeedsIndicators
{
    public const string Booked = "BOOKED", Done = "DONE", AbsentUnjustified = "ABSENT_UNJUSTIFIED";

    public Guid AssignmentId { get; private set; }
    public string OrganismeId { get; private set; } = "";
    public Guid EpisodeId { get; private set; }
    public string EntryCode { get; private set; } = "";
    public Guid? SessionId { get; private set; }
    public Guid? StructureId { get; private set; }
    public DateTimeOffset? PlannedStart { get; private set; }
    public string Status { get; private set; } = Booked;
    public decimal RealisedHours { get; private set; }
    public DateTimeOffset? AttendanceAt { get; private set; }

    private ActivityAssignment() { }

    public static ActivityAssignment Known(Guid assignmentId, string organismeId, Guid episodeId, string entryCode, Guid? sessionId) =>
        new() { AssignmentId = assignmentId, OrganismeId = organismeId, EpisodeId = episodeId, EntryCode = entryCode, SessionId = sessionId };

    public void ApplyBooked(Guid? structureId, DateTimeOffset plannedStart) => (StructureId, PlannedStart) = (structureId, plannedStart);

    public void ApplyAttendance(string status, decimal realisedHours, DateTimeOffset occurredAt)
    {
        if (AttendanceAt is { } last && occurredAt < last) return;
        (Status, RealisedHours, AttendanceAt) = (status, realisedHours, occurredAt);
    }

    public bool AttendanceKnown => AttendanceAt is not null;

    public DateOnly? Day => PlannedStart is { } s ? ParisTime.DayOf(s) : null;

    /// <summary>Figures it feeds: read with its episode (O4), whatever its day.</summary>
    public IEnumerable<FiguresTouched> FiguresFed() => [FiguresTouched.OfEpisode(EpisodeId)];
}
