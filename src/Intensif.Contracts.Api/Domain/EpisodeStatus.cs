namespace Intensif.Contracts.Api.Domain;

public enum EpisodeStatus
{
    ACTIVE,
    ENDED,
}
