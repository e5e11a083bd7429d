using Intensif.IntegrationEvents;
using Intensif.Indicators.Api.Domain;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Indicators.Api.IntegrationEvents;

/// <summary>Counts the contract among those in force; the inbox makes a redelivery a no-op.</summary>
public sealed class ContractSignedConsumer(IndicatorsDbContext db, TimeProvider clock)
    : IdempotentConsumer<ContractSigned, IndicatorsDbContext>(db)
{
    protected override async Task HandleAsync(ContractSigned message, IndicatorsDbContext db, ConsumeContext<ContractSigned> context, CancellationToken cancellationToken)
    {
        if (await db.ActiveContracts.AnyAsync(a => a.ContractId == message.ContractId, cancellationToken)) return;
        db.ActiveContracts.Add(ActiveContract.Signed(message.ContractId, message.OrganismeId, message.Territory,
            message.PseudonymousBeneficiaryId, message.SignedOn, clock.GetUtcNow()));
    }
}
