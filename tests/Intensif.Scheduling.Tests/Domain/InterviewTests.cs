using Intensif.Scheduling.Api.Domain;
using Intensif.ServiceDefaults.Problems;

namespace Intensif.Scheduling.Tests.Domain;

public sealed class InterviewTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_outcome_of_an_interview_that_has_not_begun_is_refused()
    {
        var interview = Interviews.At(Now.AddHours(2));

        var refused = Assert.Throws<RuleViolationException>(() => interview.RecordOutcome(InterviewOutcome.HELD, Now));

        Assert.Equal("interview-not-yet-started", refused.Code);
        Assert.Equal(InterviewStatus.SCHEDULED, interview.Status);
    }

    [Fact]
    public void Rescheduling_and_cancelling_keep_the_id_and_raise_the_sequence()
    {
        var interview = Interviews.At(Now.AddDays(2));
        var id = interview.Id;

        interview.Reschedule(Now.AddDays(3), 60, InterviewChannel.VISIO, Now);
        interview.Cancel(Now.AddMinutes(5));

        Assert.Equal(id, interview.Id);
        Assert.Equal(2, interview.Sequence);
        Assert.Equal(InterviewStatus.CANCELLED, interview.Status);
    }

    [Fact]
    public void A_recorded_outcome_is_final()
    {
        var interview = Interviews.Held(Now.AddDays(-1));

        Assert.Equal("interview-closed", Assert.Throws<RuleViolationException>(() => interview.RecordOutcome(InterviewOutcome.NO_SHOW_UNJUSTIFIED, Now)).Code);
        Assert.Equal("interview-closed", Assert.Throws<RuleViolationException>(() => interview.Cancel(Now)).Code);
    }

    [Fact]
    public void An_interview_is_not_rescheduled_into_the_past() =>
        Assert.Equal("interview-in-the-past",
            Assert.Throws<RuleViolationException>(() => Interviews.At(Now.AddDays(2)).Reschedule(Now.AddHours(-1), 45, InterviewChannel.VISIO, Now)).Code);
}
