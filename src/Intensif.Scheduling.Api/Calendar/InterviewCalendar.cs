using Intensif.Scheduling.Api.Domain;

namespace Intensif.Scheduling.Api.Calendar;

/// <summary>
/// A référent's entretiens as an RFC 5545 VCALENDAR: one VEVENT per entretien whose UID never changes, SEQUENCE raised on
/// each change and STATUS:CANCELLED for cancelled ones, so calendar applications update or strike out their copy instead
/// of duplicating it (RDV Service Public #3246, #3375).
/// </summary>
public static class InterviewCalendar
{
    public static string Render(string calendarName, IEnumerable<Interview> interviews) =>
        ParisCalendar.Render(calendarName, interviews.Select(EventOf));

    private static CalendarEvent EventOf(Interview i) => new(
        $"{i.Id}@intensif", i.ScheduledAt, i.ScheduledAt.AddMinutes(i.DurationMinutes), i.Sequence, i.Status == InterviewStatus.CANCELLED,
        i.UpdatedAt, $"Entretien {i.Type} ({i.Channel})",
        // pseudonymous: the person's id, never their name, leaves the platform in a feed
        $"Entretien {i.Type}, canal {i.Channel}, statut {i.Status}.\nPersonne : {i.BeneficiaryId}\nFiche : /api/scheduling/interviews/{i.Id}");
}
