using Intensif.IntegrationEvents;
using Intensif.Indicators.Api.Domain;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.Messaging;
using MassTransit;

namespace Intensif.Indicators.Api.IntegrationEvents;

/// <summary>Records the exit; the event carries the start date, so an end arriving before its start is complete.</summary>
public sealed class IntensiveEpisodeEndedConsumer(IndicatorsDbContext db)
    : IdempotentConsumer<IntensiveEpisodeEnded, IndicatorsDbContext>(db)
{
    protected override async Task HandleAsync(IntensiveEpisodeEnded message, IndicatorsDbContext db,
        ConsumeContext<IntensiveEpisodeEnded> context, CancellationToken cancellationToken)
    {
        var episode = await db.LockOrAddAsync(message.EpisodeId, () => IntensiveEpisode.Known(message.EpisodeId, message.ContractId,
            message.OrganismeId, message.Territory, message.PseudonymousBeneficiaryId), cancellationToken);
        episode.ApplyEnded(message.StartDate, message.EndedOn, message.ExitType, message.BarriersAtExit);
    }
}
