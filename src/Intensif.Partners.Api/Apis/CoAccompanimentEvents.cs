using Intensif.IntegrationEvents;
using Intensif.Partners.Api.Domain;

namespace Intensif.Partners.Api.Apis;

/// <summary>The integration events of a co-accompaniment: pseudonymous id only, never the person's name or contact.</summary>
public static class CoAccompanimentEvents
{
    public static CoAccompanimentStarted Started(CoAccompaniment c, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), now, c.Id, c.EpisodeId, c.StructureId, c.OrganismeId, c.BeneficiaryId, c.Role, c.StartsOn, c.EndsOn);

    public static CoAccompanimentEnded Ended(CoAccompaniment c, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), now, c.Id, c.EpisodeId, c.StructureId, c.OrganismeId, c.BeneficiaryId, c.Role, c.StartsOn, c.EndedOn!.Value, c.EndReason!);
}
