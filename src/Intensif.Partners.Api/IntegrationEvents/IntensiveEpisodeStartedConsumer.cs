using Intensif.IntegrationEvents;
using Intensif.Messaging;
using Intensif.Partners.Api.Domain;
using Intensif.Partners.Api.Infrastructure;
using MassTransit;

namespace Intensif.Partners.Api.IntegrationEvents;

/// <summary>An intensive episode started: partners can now be attached to it by the organisme that runs it.</summary>
public sealed class IntensiveEpisodeStartedConsumer(PartnersDbContext db) : IdempotentConsumer<IntensiveEpisodeStarted, PartnersDbContext>(db)
{
    protected override async Task HandleAsync(IntensiveEpisodeStarted message, PartnersDbContext db, ConsumeContext<IntensiveEpisodeStarted> context,
        CancellationToken cancellationToken)
    {
        var episode = await db.LockOrAddEpisodeAsync(message.EpisodeId,
            () => IntensiveEpisode.Known(message.EpisodeId, message.OrganismeId, message.PseudonymousBeneficiaryId), cancellationToken);
        episode.ApplyStarted(message.StartDate, message.PlannedEndDate);
    }
}
