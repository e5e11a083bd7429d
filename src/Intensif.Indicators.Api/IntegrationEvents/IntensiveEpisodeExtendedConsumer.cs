using Intensif.IntegrationEvents;
using Intensif.Indicators.Api.Domain;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.Messaging;
using MassTransit;

namespace Intensif.Indicators.Api.IntegrationEvents;

/// <summary>Moves the episode's planned end; an extension older than the one already applied changes nothing.</summary>
public sealed class IntensiveEpisodeExtendedConsumer(IndicatorsDbContext db)
    : IdempotentConsumer<IntensiveEpisodeExtended, IndicatorsDbContext>(db)
{
    protected override async Task HandleAsync(IntensiveEpisodeExtended message, IndicatorsDbContext db,
        ConsumeContext<IntensiveEpisodeExtended> context, CancellationToken cancellationToken)
    {
        var episode = await db.LockOrAddAsync(message.EpisodeId, () => IntensiveEpisode.Known(message.EpisodeId, message.ContractId,
            message.OrganismeId, message.Territory, message.PseudonymousBeneficiaryId), cancellationToken);
        episode.ApplyExtended(message.PreviousPlannedEndDate, message.PlannedEndDate, message.ExtensionCount);
    }
}
