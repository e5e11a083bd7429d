using Intensif.IntegrationEvents;
using Intensif.Indicators.Api.Domain;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Indicators.Api.IntegrationEvents;

/// <summary>Takes the contract out of those in force; stored on its own, so it also holds when it precedes the signature.</summary>
public sealed class ContractClosedConsumer(IndicatorsDbContext db)
    : IdempotentConsumer<ContractClosed, IndicatorsDbContext>(db)
{
    protected override async Task HandleAsync(ContractClosed message, IndicatorsDbContext db,
        ConsumeContext<ContractClosed> context, CancellationToken cancellationToken)
    {
        if (await db.ContractClosures.AnyAsync(c => c.ContractId == message.ContractId, cancellationToken)) return;
        db.ContractClosures.Add(ContractClosure.Closed(message.ContractId, message.OrganismeId, message.Territory, message.ClosedOn, message.Reason));
    }
}
