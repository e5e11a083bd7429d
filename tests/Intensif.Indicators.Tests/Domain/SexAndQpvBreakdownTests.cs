using Intensif.Indicators.Api.Domain;

namespace Intensif.Indicators.Tests.Domain;

public sealed class SexAndQpvBreakdownTests
{
    private static IntensiveEpisode Person(string start, string? sex, bool? qpv)
    {
        var episode = Episodes.Started("ft-75", "75", start, "2026-09-01");
        episode.ApplyProfile("EMPLOI", ["RSA"], "26-44", sex, qpv);
        return episode;
    }

    private static IndicatorData Data() => Episodes.Data(
        Person("2026-03-02", "F", true),
        Person("2026-03-03", "F", false),
        Person("2026-03-04", "M", false),
        Person("2026-03-05", null, null));

    [Fact]
    public void By_sex_and_by_QPV_each_episode_is_in_one_group_unknown_when_its_start_event_said_nothing()
    {
        var months = Episodes.Months("2026-03", "2026-03");

        var bySex = new EntriesIndicator().Compute(Data(), months, Breakdown.Sex);
        var byQpv = new EntriesIndicator().Compute(Data(), months, Breakdown.Qpv);

        Assert.Equal([("F", 2m), ("M", 1m), ("unknown", 1m)], bySex.Select(c => (c.Group, c.Value!.Value)));
        Assert.Equal([("no", 2m), ("unknown", 1m), ("yes", 1m)], byQpv.Select(c => (c.Group, c.Value!.Value)));
    }

    [Fact]
    public void Sex_and_QPV_are_allowed_wherever_the_age_band_is_and_for_the_contract_indicators_with_a_note_but_not_for_breach_file_indicators()
    {
        string[] contractIndicators = ["I1_PREVALENCE", "I1B_ENTRY_RATE", "O2_CONTRACT_DELAY", "O2_MEDIAN_CONTRACT_DELAY"];
        var withAgeBand = IndicatorCatalogue.All.Where(i => i.Definition.Breakdowns.Contains("ageBand")).Select(i => i.Definition.Code).ToList();
        var withSex = IndicatorCatalogue.All.Where(i => i.Definition.Breakdowns.Contains("sex")).Select(i => i.Definition.Code).ToList();
        var withQpv = IndicatorCatalogue.All.Where(i => i.Definition.Breakdowns.Contains("qpv")).Select(i => i.Definition.Code).ToList();

        Assert.Equal(withAgeBand.Concat(contractIndicators).Order(), withSex.Order());
        Assert.Equal(withSex, withQpv);
        Assert.DoesNotContain("O6_BREACH_RATE", withSex);
        Assert.DoesNotContain("I1_PREVALENCE", withAgeBand);
        Assert.All(contractIndicators, code => Assert.Contains("qpv", IndicatorCatalogue.Find(code)!.Definition.BreakdownNotes.Keys));
        Assert.True(IndicatorCatalogue.Find("I4_EMPLOYMENT_ACCESS")!.Definition.BreakdownNotes.ContainsKey("sex"));
    }
}
