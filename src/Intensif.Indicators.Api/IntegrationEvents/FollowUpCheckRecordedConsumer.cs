using Intensif.IntegrationEvents;
using Intensif.Indicators.Api.Domain;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.Messaging;
using MassTransit;

namespace Intensif.Indicators.Api.IntegrationEvents;

/// <summary>
/// Keeps on the episode the latest follow-up check that found the person without employment (I4's follow-up
/// coverage); a check arriving before the episode's other events waits on a row known from it alone.
/// </summary>
public sealed class FollowUpCheckRecordedConsumer(IndicatorsDbContext db)
    : IdempotentConsumer<FollowUpCheckRecorded, IndicatorsDbContext>(db)
{
    protected override async Task HandleAsync(FollowUpCheckRecorded message, IndicatorsDbContext db,
        ConsumeContext<FollowUpCheckRecorded> context, CancellationToken cancellationToken)
    {
        var episode = await db.LockOrAddAsync(message.EpisodeId, () => IntensiveEpisode.Known(message.EpisodeId, message.ContractId,
            message.OrganismeId, message.Territory, message.PseudonymousBeneficiaryId), cancellationToken);
        episode.ApplyFollowUpCheck(message.Result, message.CheckedOn);
    }
}
