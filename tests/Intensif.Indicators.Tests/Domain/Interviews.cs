using Intensif.Indicators.Api.Domain;

namespace Intensif.Indicators.Tests.Domain;

/// <summary>Hand-built entretien outcomes, at noon Paris time on the given day unless an instant is given.</summary>
internal static class Interviews
{
    public static InterviewOutcome Held(IntensiveEpisode episode, string day, string type = "SUIVI") => Outcome(episode, day, type, held: true, justified: false);

    public static InterviewOutcome Missed(IntensiveEpisode episode, string day, bool justified = false) => Outcome(episode, day, "SUIVI", held: false, justified);

    public static InterviewOutcome Outcome(IntensiveEpisode episode, string day, string type, bool held, bool justified)
    {
        var outcome = InterviewOutcome.Known(Guid.NewGuid(), episode.OrganismeId, episode.PseudonymousBeneficiaryId);
        var at = DateTimeOffset.Parse(day.Contains('T') ? day : day + "T12:00:00+01:00");
        outcome.Apply(at, type, held, justified, DateTimeOffset.UtcNow);
        return outcome;
    }
}
