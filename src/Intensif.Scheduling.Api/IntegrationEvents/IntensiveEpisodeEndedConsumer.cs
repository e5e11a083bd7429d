using Intensif.IntegrationEvents;
using Intensif.Messaging;
using Intensif.Scheduling.Api.Domain;
using Intensif.Scheduling.Api.Infrastructure;
using MassTransit;

namespace Intensif.Scheduling.Api.IntegrationEvents;

/// <summary>The episode ended: no activity is planned after its end, and it leaves the référent's portfolio and alerts.</summary>
public sealed class IntensiveEpisodeEndedConsumer(SchedulingDbContext db) : IdempotentConsumer<IntensiveEpisodeEnded, SchedulingDbContext>(db)
{
    protected override async Task HandleAsync(IntensiveEpisodeEnded message, SchedulingDbContext db, ConsumeContext<IntensiveEpisodeEnded> context,
        CancellationToken cancellationToken)
    {
        var episode = await EpisodeProjection.FindOrAddAsync(db, message.EpisodeId, () => IntensiveEpisode.Known(message.EpisodeId, message.ContractId,
            message.OrganismeId, message.Territory, message.PseudonymousBeneficiaryId, message.StartDate), cancellationToken);
        episode.End(message.EndedOn);
    }
}
