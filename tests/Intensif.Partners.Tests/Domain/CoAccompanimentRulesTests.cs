using Intensif.Partners.Api.Domain;
using Intensif.ServiceDefaults.Problems;

namespace Intensif.Partners.Tests.Domain;

public sealed class CoAccompanimentRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Day = new(2026, 12, 1);

    private static IntensiveEpisode Episode(int months = 6)
    {
        var episode = IntensiveEpisode.Known(Guid.NewGuid(), "cd-34", Guid.NewGuid());
        episode.ApplyStarted(Day, Day.AddMonths(months));
        return episode;
    }

    private static PartnerStructure Structure(string type = "O2R", bool agreement = true) => PartnerStructure.Register("73282932000074",
        new StructureProfile("O2R Hérault", type, ["34"], ["MOBILITE"], [], [], false, false, agreement), "operator-1", Now);

    private static CoAccompanimentPlan Plan(int months = 4, string role = "REMOBILISATION", bool consent = true) =>
        new(role, Day, Day.AddMonths(months), null, "Samir B.", null, consent);

    [Fact]
    public void A_co_accompaniment_takes_the_episodes_organisme_and_person_and_starts_active()
    {
        var episode = Episode();

        var c = CoAccompaniment.Start(episode, Structure(), "referent-1", "Léa M.", Plan(), Now);

        Assert.Equal((episode.OrganismeId, episode.BeneficiaryId, CoAccompanimentStatus.ACTIVE), (c.OrganismeId, c.BeneficiaryId, c.Status));
    }

    [Fact]
    public void An_O2R_parcours_lasts_at_most_twelve_months_other_partners_follow_the_episode()
    {
        var episode = Episode(months: 18);

        Assert.Equal("o2r-period-too-long", Assert.Throws<RuleViolationException>(() => CoAccompaniment.Start(episode, Structure("O2R"), "r", "R", Plan(months: 13), Now)).Code);
        Assert.Equal(CoAccompanimentStatus.ACTIVE, CoAccompaniment.Start(episode, Structure("O2R"), "r", "R", Plan(months: 12), Now).Status);
        Assert.Equal(CoAccompanimentStatus.ACTIVE, CoAccompaniment.Start(episode, Structure("PLIE"), "r", "R", Plan(months: 13, role: "ACCOMPAGNEMENT_SOCIO_PRO"), Now).Status);
    }

    [Fact]
    public void The_period_lies_within_the_episode_which_must_still_run()
    {
        var episode = Episode(months: 6);

        Assert.Equal("period-outside-episode", Assert.Throws<RuleViolationException>(() => CoAccompaniment.Start(episode, Structure(), "r", "R", Plan(months: 7), Now)).Code);
        episode.ApplyEnded(Day, Day.AddDays(10));
        Assert.Equal("episode-ended", Assert.Throws<RuleViolationException>(() => CoAccompaniment.Start(episode, Structure(), "r", "R", Plan(), Now)).Code);
    }

    [Fact]
    public void Nothing_is_shared_without_consent_or_without_the_data_sharing_agreement()
    {
        Assert.Equal("consent-required", Assert.Throws<RuleViolationException>(() => CoAccompaniment.Start(Episode(), Structure(), "r", "R", Plan(consent: false), Now)).Code);
        Assert.Equal("data-sharing-agreement-missing",
            Assert.Throws<RuleViolationException>(() => CoAccompaniment.Start(Episode(), Structure(agreement: false), "r", "R", Plan(), Now)).Code);
    }

    [Fact]
    public void It_ends_once_never_in_the_future_and_the_end_of_the_episode_changes_an_ended_one_no_more()
    {
        var c = CoAccompaniment.Start(Episode(), Structure(), "r", "R", Plan(), Now);

        Assert.Equal("end-in-future", Assert.Throws<RuleViolationException>(() => c.End(Day.AddDays(2), "OTHER", Day.AddDays(1), Now)).Code);
        c.End(Day.AddDays(1), "OBJECTIVES_REACHED", Day.AddDays(1), Now);
        c.EndWithEpisode(Day.AddDays(30), Now);

        Assert.Equal((Day.AddDays(1), "OBJECTIVES_REACHED"), (c.EndedOn!.Value, c.EndReason!));
        Assert.Equal("co-accompaniment-ended", Assert.Throws<RuleViolationException>(() => c.End(Day.AddDays(1), "OTHER", Day.AddDays(1), Now)).Code);
    }

    [Fact]
    public void Episode_events_in_any_order_leave_the_same_period()
    {
        var inOrder = IntensiveEpisode.Known(Guid.NewGuid(), "cd-34", Guid.NewGuid());
        inOrder.ApplyStarted(Day, Day.AddMonths(6));
        inOrder.ApplyExtended(Day.AddMonths(9), 1);
        var reversed = IntensiveEpisode.Known(Guid.NewGuid(), "cd-34", Guid.NewGuid());
        reversed.ApplyExtended(Day.AddMonths(9), 1);
        reversed.ApplyStarted(Day, Day.AddMonths(6));

        Assert.Equal((inOrder.StartDate, inOrder.PlannedEndDate), (reversed.StartDate, reversed.PlannedEndDate));
        Assert.True(reversed.IsOpen);
    }
}
