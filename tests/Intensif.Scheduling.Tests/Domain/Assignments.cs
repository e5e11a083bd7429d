using Intensif.Scheduling.Api.Domain;

namespace Intensif.Scheduling.Tests.Domain;

/// <summary>Assignments built through the domain's own verbs, for unit tests.</summary>
internal static class Assignments
{
    public static Assignment Booked(DateTimeOffset start, double hours = 3, Guid? sessionId = null, decimal planned = 3, DateTimeOffset? now = null) =>
        Assignment.Plan(new ProgrammeSlot("ft-75", "referent-1", Guid.NewGuid(), Guid.NewGuid(), "75", start, start.AddHours(hours)),
            new PlannedActivity("GEN-COL-01", sessionId, sessionId is null ? null : Guid.NewGuid(), planned, "ACCOMPAGNEE"), booked: true,
            now ?? start.AddDays(-3));
}
