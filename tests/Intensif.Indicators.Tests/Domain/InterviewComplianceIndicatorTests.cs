using Intensif.Indicators.Api.Domain;

namespace Intensif.Indicators.Tests.Domain;

public sealed class InterviewComplianceIndicatorTests
{
    [Fact]
    public void Only_months_with_fifteen_active_days_count_and_they_comply_with_two_held_entretiens_in_Paris_time()
    {
        var full = Episodes.Started("ft-75", "75", "2026-02-01", "2026-08-01");
        var twoHeldOneMissed = Episodes.Started("ft-75", "75", "2026-01-10", "2026-08-01");
        var late = Episodes.Started("ft-75", "75", "2026-03-20", "2026-09-20");        // 12 days in March: left out
        var data = new IndicatorData
        {
            Episodes = [full, twoHeldOneMissed, late],
            InterviewMonths = InterviewMonth.Sum(
            [
                Interviews.Held(full, "2026-03-02"), Interviews.Held(full, "2026-03-16"),
                Interviews.Held(twoHeldOneMissed, "2026-03-05"), Interviews.Missed(twoHeldOneMissed, "2026-03-12"),
                Interviews.Held(twoHeldOneMissed, "2026-02-28T23:30:00Z"),                   // 1 March 00:30 in Paris: a March entretien
                Interviews.Held(late, "2026-03-25"), Interviews.Held(late, "2026-03-27"),
            ]),
        };

        var cells = new InterviewComplianceIndicator().Compute(data, Episodes.Months("2026-03", "2026-03"), Breakdown.Organisme);

        Assert.Equal([(100.0m, 2)], cells.Select(c => (c.Value!.Value, c.Population)));
    }

    [Fact]
    public void A_quarter_sums_its_person_months()
    {
        var episode = Episodes.Started("ft-75", "75", "2026-01-01", "2026-12-31");
        var data = new IndicatorData
        {
            Episodes = [episode],
            InterviewMonths = InterviewMonth.Sum([Interviews.Held(episode, "2026-01-05"), Interviews.Held(episode, "2026-01-20"), Interviews.Held(episode, "2026-02-05")]),
        };

        var cells = new InterviewComplianceIndicator().Compute(data, Episodes.Periods("2026-01", "2026-03", Granularity.Quarter), Breakdown.Organisme);

        // January complies, February (one held) and March (none) do not: 1 of 3 person-months
        Assert.Equal([(33.3m, 3)], cells.Select(c => (c.Value!.Value, c.Population)));
    }
}
