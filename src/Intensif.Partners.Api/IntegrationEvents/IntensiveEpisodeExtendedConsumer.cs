using Intensif.IntegrationEvents;
using Intensif.Messaging;
using Intensif.Partners.Api.Domain;
using Intensif.Partners.Api.Infrastructure;
using MassTransit;

namespace Intensif.Partners.Api.IntegrationEvents;

/// <summary>The episode's planned end moved: co-accompaniments may now run until the new end.</summary>
public sealed class IntensiveEpisodeExtendedConsumer(PartnersDbContext db) : IdempotentConsumer<IntensiveEpisodeExtended, PartnersDbContext>(db)
{
    protected override async Task HandleAsync(IntensiveEpisodeExtended message, PartnersDbContext db, ConsumeContext<IntensiveEpisodeExtended> context,
        CancellationToken cancellationToken)
    {
        var episode = await db.LockOrAddEpisodeAsync(message.EpisodeId,
            () => IntensiveEpisode.Known(message.EpisodeId, message.OrganismeId, message.PseudonymousBeneficiaryId), cancellationToken);
        episode.ApplyExtended(message.PlannedEndDate, message.ExtensionCount);
    }
}
