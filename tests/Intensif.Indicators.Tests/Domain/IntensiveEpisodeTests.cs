using Intensif.Indicators.Api.Domain;

namespace Intensif.Indicators.Tests.Domain;

public sealed class IntensiveEpisodeTests
{
    private static readonly DateOnly Start = new(2026, 1, 10), Planned = new(2026, 4, 10), First = new(2026, 5, 10), Second = new(2026, 6, 10), End = new(2026, 6, 1);

    private static IntensiveEpisode Apply(IEnumerable<Action<IntensiveEpisode>> events)
    {
        var episode = IntensiveEpisode.Known(Guid.Empty, Guid.Empty, "ft-75", "75", Guid.Empty);
        foreach (var apply in events) apply(episode);
        return episode;
    }

    [Fact]
    public void Events_in_any_order_give_the_same_episode()
    {
        Action<IntensiveEpisode> started = e => e.ApplyStarted(Start, Planned);
        Action<IntensiveEpisode> extended1 = e => e.ApplyExtended(Planned, First, 1);
        Action<IntensiveEpisode> extended2 = e => e.ApplyExtended(First, Second, 2);
        Action<IntensiveEpisode> ended = e => e.ApplyEnded(Start, End, "EMPLOI_DURABLE");
        var inOrder = Apply([started, extended1, extended2, ended]);

        foreach (var order in new[] { new[] { ended, extended2, extended1, started }, [extended2, ended, started, extended1], [ended, started, extended1, extended2] })
        {
            var episode = Apply(order);
            Assert.Equal((inOrder.StartDate, inOrder.InitialPlannedEndDate, inOrder.PlannedEndDate, inOrder.ExtensionCount, inOrder.EndedOn, inOrder.ExitType),
                (episode.StartDate, episode.InitialPlannedEndDate, episode.PlannedEndDate, episode.ExtensionCount, episode.EndedOn, episode.ExitType));
        }
        Assert.Equal((Start, Planned, Second, 2, End), (inOrder.StartDate!.Value, inOrder.InitialPlannedEndDate!.Value, inOrder.PlannedEndDate!.Value, inOrder.ExtensionCount, inOrder.EndedOn!.Value));
    }

    [Fact]
    public void An_episode_known_only_from_an_extension_counts_nowhere_until_its_start_is_known()
    {
        var episode = Apply([e => e.ApplyExtended(Planned, First, 1)]);

        Assert.False(episode.IsKnownToHaveStarted);
        Assert.False(episode.InProgressAt(new DateOnly(2026, 3, 31)));
    }
}
