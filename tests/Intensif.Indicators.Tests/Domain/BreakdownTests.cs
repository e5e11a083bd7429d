using Intensif.Indicators.Api.Domain;

namespace Intensif.Indicators.Tests.Domain;

public sealed class BreakdownTests
{
    private static IntensiveEpisode Person(string start, string? parcours, string? ageBand, params string[] publics)
    {
        var episode = Episodes.Started("ft-75", "75", start, "2026-09-01");
        episode.ApplyProfile(parcours, publics, ageBand);
        return episode;
    }

    private static IndicatorData Data() => Episodes.Data(
        Person("2026-03-02", "EMPLOI", "<26", "RSA", "JEUNE"),
        Person("2026-03-03", "EMPLOI", "26-44", "RSA"),
        Person("2026-03-04", "SOCIAL", "26-44"),
        Person("2026-03-05", null, null, "ARE"));

    [Fact]
    public void By_public_a_person_with_several_publics_counts_in_each_so_the_groups_add_up_to_more_than_the_entries()
    {
        var cells = new EntriesIndicator().Compute(Data(), Episodes.Months("2026-03", "2026-03"), Breakdown.Public);

        Assert.Equal([("ARE", 1m), ("JEUNE", 1m), ("RSA", 2m), ("unknown", 1m)], cells.Select(c => (c.Group, c.Value!.Value)));
    }

    [Fact]
    public void By_parcours_and_age_band_each_episode_is_in_one_group_unknown_when_its_start_event_said_nothing()
    {
        var months = Episodes.Months("2026-03", "2026-03");

        var byParcours = new EntriesIndicator().Compute(Data(), months, Breakdown.Parcours);
        var byAgeBand = new EntriesIndicator().Compute(Data(), months, Breakdown.AgeBand);

        Assert.Equal([("EMPLOI", 2m), ("SOCIAL", 1m), ("unknown", 1m)], byParcours.Select(c => (c.Group, c.Value!.Value)));
        Assert.Equal([("26-44", 2m), ("<26", 1m), ("unknown", 1m)], byAgeBand.Select(c => (c.Group, c.Value!.Value)));
    }

    [Fact]
    public void Prevalence_by_parcours_reads_the_episodes_parcours_over_the_contracts_parcours()
    {
        Guid p1 = Guid.NewGuid(), p2 = Guid.NewGuid(), p3 = Guid.NewGuid();
        var intensive = Episodes.Started("ft-75", "75", "2026-03-02", "2026-09-02", person: p1);
        intensive.ApplyProfile("EMPLOI", [], null);
        var data = new IndicatorData
        {
            Episodes = [intensive],
            Contracts =
            [
                Episodes.Contract("ft-75", "75", "2026-01-05", person: p1) with { Parcours = "EMPLOI" },
                Episodes.Contract("ft-75", "75", "2026-01-05", person: p2) with { Parcours = "EMPLOI" },
                Episodes.Contract("ft-75", "75", "2026-01-05", person: p3) with { Parcours = "SOCIAL" },
            ],
        };

        var cells = new PrevalenceIndicator().Compute(data, Episodes.Months("2026-03", "2026-03"), Breakdown.Parcours);

        Assert.Equal([("EMPLOI", 50.0m, 2), ("SOCIAL", 0.0m, 1)], cells.Select(c => (c.Group, c.Value!.Value, c.Population)));
    }
}
