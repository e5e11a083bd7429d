using Intensif.Indicators.Api.Domain;

namespace Intensif.Indicators.Tests.Domain;

/// <summary>Hand-built passations of an episode's contract.</summary>
internal static class Passations
{
    public static ReferentChange Of(IntensiveEpisode episode, string from, string to, string effective) =>
        ReferentChange.Recorded(Guid.NewGuid(), episode.OrganismeId, episode.Territory, episode.PseudonymousBeneficiaryId, episode.ContractId,
            from, to, "ABSENCE", DateOnly.Parse(effective), inIntensiveEpisode: true, DateTimeOffset.UtcNow);
}
