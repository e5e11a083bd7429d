using Intensif.Scheduling.Api.Domain;

namespace Intensif.Scheduling.Tests.Domain;

/// <summary>Entretiens built through the domain's own verbs, for unit tests.</summary>
internal static class Interviews
{
    public static Interview At(DateTimeOffset scheduledAt, Guid? beneficiary = null) =>
        Interview.Schedule("ft-75", "referent-1", beneficiary ?? Guid.NewGuid(), scheduledAt, 45, InterviewType.SUIVI, InterviewChannel.PHYSIQUE,
            scheduledAt.AddDays(-7));

    public static Interview Held(DateTimeOffset scheduledAt) => With(At(scheduledAt), InterviewOutcome.HELD);

    public static Interview With(Interview interview, InterviewOutcome outcome)
    {
        interview.RecordOutcome(outcome, interview.ScheduledAt.AddHours(1));
        return interview;
    }
}
