using Intensif.IntegrationEvents;
using Intensif.Messaging;
using Intensif.Scheduling.Api.Domain;
using Intensif.Scheduling.Api.Infrastructure;
using MassTransit;

namespace Intensif.Scheduling.Api.IntegrationEvents;

/// <summary>
/// A person entered intensive accompaniment: their référent can now build their weekly programme against the target;
/// the parcours and the SR-07 deadline are kept for the early professional situation alert.
/// </summary>
public sealed class IntensiveEpisodeStartedConsumer(SchedulingDbContext db) : IdempotentConsumer<IntensiveEpisodeStarted, SchedulingDbContext>(db)
{
    protected override async Task HandleAsync(IntensiveEpisodeStarted message, SchedulingDbContext db, ConsumeContext<IntensiveEpisodeStarted> context,
        CancellationToken cancellationToken)
    {
        var episode = await EpisodeProjection.FindOrAddAsync(db, message.EpisodeId, () => IntensiveEpisode.Known(message.EpisodeId, message.ContractId,
            message.OrganismeId, message.Territory, message.PseudonymousBeneficiaryId, message.StartDate), cancellationToken);
        episode.Start(message.StartDate, message.ReferentId, message.PlannedEndDate, message.TargetWeeklyHours, message.OccurredAt,
            message.Parcours, message.EarlyWorkSituationDeadlineWeeks);
    }
}
