using Intensif.Scheduling.Api.Domain;

namespace Intensif.Scheduling.Api.Calendar;

/// <summary>
/// One person's weekly programme as a VCALENDAR: each assignment (UID its id) with its SEQUENCE; a provider cancellation
/// or a seat given up is STATUS:CANCELLED. Proposals nobody booked are not in it.
/// </summary>
public static class ProgrammeCalendar
{
    public static bool IsShown(Assignment assignment) => assignment.Status != AssignmentStatus.PROPOSED;

    public static string Render(string calendarName, IEnumerable<Assignment> assignments) =>
        ParisCalendar.Render(calendarName, assignments.Where(IsShown).Select(EventOf));

    private static CalendarEvent EventOf(Assignment a) => new(
        $"{a.Id}@intensif", a.PlannedStart, a.PlannedEnd, a.Sequence, a.Status is AssignmentStatus.CANCELLED_BY_PROVIDER or AssignmentStatus.CANCELLED, a.UpdatedAt,
        a.Kind == AssignmentKind.SESSION ? $"Séance {a.EntryCode}" : $"Activité autonome {a.EntryCode}",
        // pseudonymous: the person's id, never their name
        $"{a.EntryCode}, statut {a.Status}, semaine {a.Week}, {a.PlannedHours} h prévues.\nPersonne : {a.BeneficiaryId}\nFiche : /api/scheduling/assignments/{a.Id}");
}
