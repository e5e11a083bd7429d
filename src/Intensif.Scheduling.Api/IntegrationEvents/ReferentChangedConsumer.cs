using Intensif.IntegrationEvents;
using Intensif.Messaging;
using Intensif.Scheduling.Api.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Scheduling.Api.IntegrationEvents;

/// <summary>
/// Passation: the receiving référent follows the person's programme from now on; the programme itself is kept
/// unchanged (SR-10).
/// </summary>
public sealed class ReferentChangedConsumer(SchedulingDbContext db) : IdempotentConsumer<ReferentChanged, SchedulingDbContext>(db)
{
    protected override async Task HandleAsync(ReferentChanged message, SchedulingDbContext db, ConsumeContext<ReferentChanged> context,
        CancellationToken cancellationToken)
    {
        var episodes = await db.Episodes.Where(e => e.BeneficiaryId == message.PseudonymousBeneficiaryId && e.OrganismeId == message.OrganismeId
            && (message.ContractId == null || e.ContractId == message.ContractId)).ToListAsync(cancellationToken);
        foreach (var episode in episodes) episode.SetReferent(message.ToReferentId, message.OccurredAt);
    }
}
