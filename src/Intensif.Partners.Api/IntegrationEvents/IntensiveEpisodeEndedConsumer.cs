using Intensif.IntegrationEvents;
using Intensif.Messaging;
using Intensif.Partners.Api.Apis;
using Intensif.Partners.Api.Domain;
using Intensif.Partners.Api.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Partners.Api.IntegrationEvents;

/// <summary>
/// The episode ended: its active co-accompaniments end with it (reason EPISODE_ENDED, audited as the system, one
/// CoAccompanimentEnded each, all in the inbox's transaction).
/// </summary>
public sealed class IntensiveEpisodeEndedConsumer(PartnersDbContext db, IOutbox outbox, AuditTrail audit, TimeProvider clock)
    : IdempotentConsumer<IntensiveEpisodeEnded, PartnersDbContext>(db)
{
    protected override async Task HandleAsync(IntensiveEpisodeEnded message, PartnersDbContext db, ConsumeContext<IntensiveEpisodeEnded> context,
        CancellationToken cancellationToken)
    {
        var episode = await db.LockOrAddEpisodeAsync(message.EpisodeId,
            () => IntensiveEpisode.Known(message.EpisodeId, message.OrganismeId, message.PseudonymousBeneficiaryId), cancellationToken);
        episode.ApplyEnded(message.StartDate, message.EndedOn);
        var now = clock.GetUtcNow();
        var active = await db.CoAccompaniments.Where(c => c.EpisodeId == message.EpisodeId && c.Status == CoAccompanimentStatus.ACTIVE).ToListAsync(cancellationToken);
        foreach (var coAccompaniment in active)
        {
            var before = CoAccompanimentResponse.From(coAccompaniment);
            coAccompaniment.EndWithEpisode(message.EndedOn, now);
            audit.RecordAs(AuditActor.System("system", "partners"), "co-accompaniment.ended", nameof(CoAccompaniment), coAccompaniment.Id,
                coAccompaniment.StructureId.ToString(), before,
                CoAccompanimentResponse.From(coAccompaniment));
            outbox.Enqueue(CoAccompanimentEvents.Ended(coAccompaniment, now), coAccompaniment.Id.ToString());
        }
    }
}
