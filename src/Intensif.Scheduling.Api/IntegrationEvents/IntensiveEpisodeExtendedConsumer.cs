using Intensif.IntegrationEvents;
using Intensif.Messaging;
using Intensif.Scheduling.Api.Domain;
using Intensif.Scheduling.Api.Infrastructure;
using MassTransit;

namespace Intensif.Scheduling.Api.IntegrationEvents;

/// <summary>The episode was extended: its new planned end (the episode-ending alert moves with it).</summary>
public sealed class IntensiveEpisodeExtendedConsumer(SchedulingDbContext db) : IdempotentConsumer<IntensiveEpisodeExtended, SchedulingDbContext>(db)
{
    protected override async Task HandleAsync(IntensiveEpisodeExtended message, SchedulingDbContext db, ConsumeContext<IntensiveEpisodeExtended> context,
        CancellationToken cancellationToken)
    {
        // the start date is not in this event: an Extended arriving before its Started waits for the Started to learn it
        var episode = await EpisodeProjection.FindOrAddAsync(db, message.EpisodeId, () => IntensiveEpisode.Known(message.EpisodeId, message.ContractId,
            message.OrganismeId, message.Territory, message.PseudonymousBeneficiaryId, message.PreviousPlannedEndDate), cancellationToken);
        episode.SetPlannedEnd(message.PlannedEndDate, message.OccurredAt);
    }
}
