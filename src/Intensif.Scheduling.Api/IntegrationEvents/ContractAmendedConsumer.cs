using Intensif.IntegrationEvents;
using Intensif.Messaging;
using Intensif.Scheduling.Api.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Scheduling.Api.IntegrationEvents;

/// <summary>A new version of the contract: its weekly target becomes the target of the weeks not yet closed.</summary>
public sealed class ContractAmendedConsumer(SchedulingDbContext db) : IdempotentConsumer<ContractAmended, SchedulingDbContext>(db)
{
    protected override async Task HandleAsync(ContractAmended message, SchedulingDbContext db, ConsumeContext<ContractAmended> context,
        CancellationToken cancellationToken)
    {
        var episodes = await db.Episodes.Where(e => e.ContractId == message.ContractId).ToListAsync(cancellationToken);
        foreach (var episode in episodes) episode.SetTarget(message.TargetWeeklyHours, message.OccurredAt);
    }
}
