using Intensif.IntegrationEvents;
using Intensif.Indicators.Api.Domain;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.Messaging;
using MassTransit;

namespace Intensif.Indicators.Api.IntegrationEvents;

/// <summary>
/// Records the episode's start, first planned end, parcours, publics, age band, sex, QPV residence and the organisme's
/// SR-07 deadline (O4), whatever else about it arrived before.
/// </summary>
public sealed class IntensiveEpisodeStartedConsumer(IndicatorsDbContext db)
    : IdempotentConsumer<IntensiveEpisodeStarted, IndicatorsDbContext>(db)
{
    protected override async Task HandleAsync(IntensiveEpisodeStarted message, IndicatorsDbContext db,
        ConsumeContext<IntensiveEpisodeStarted> context, CancellationToken cancellationToken)
    {
        var episode = await db.LockOrAddAsync(message.EpisodeId, () => IntensiveEpisode.Known(message.EpisodeId, message.ContractId,
            message.OrganismeId, message.Territory, message.PseudonymousBeneficiaryId), cancellationToken);
        episode.ApplyStarted(message.StartDate, message.PlannedEndDate, message.ReferentId);
        episode.ApplyProfile(message.Parcours, message.Publics ?? [], message.AgeBand, message.Sex, message.Qpv, message.EarlyWorkSituationDeadlineWeeks);
    }
}
