namespace Intensif.Partners.Api.Domain;

/// <summary>Why a co-accompaniment ended; EPISODE_ENDED is set by the service when the intensive episode ends.</summary>
public static class CoAccompanimentEndReasons
{
    public const string EpisodeEnded = "EPISODE_ENDED";

    /// <summary>The reasons the référent's organisme may give.</summary>
    public static readonly IReadOnlySet<string> ByOrganisme = new HashSet<string>
    {
        "OBJECTIVES_REACHED", "HANDED_OVER_TO_DROIT_COMMUN", "PERSON_WITHDREW", "PARTNER_WITHDREW", "REORIENTED", "OTHER",
    };
}
