using Intensif.IntegrationEvents;
using Intensif.Indicators.Api.Domain;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Indicators.Api.IntegrationEvents;

/// <summary>Counts the contract among those in force, with its parcours, publics, the person's sex and QPV residence and the orientation notification (O2); the inbox makes a redelivery a no-op.</summary>
public sealed class ContractSignedConsumer(IndicatorsDbContext db, TimeProvider clock)
    : IdempotentConsumer<ContractSigned, IndicatorsDbContext>(db)
{
    protected override async Task HandleAsync(ContractSigned message, IndicatorsDbContext db, ConsumeContext<ContractSigned> context, CancellationToken cancellationToken)
    {
        if (await db.ActiveContracts.AnyAsync(a => a.ContractId == message.ContractId, cancellationToken)) return;
        var contract = ActiveContract.Signed(message.ContractId, message.OrganismeId, message.Territory,
            message.PseudonymousBeneficiaryId, message.SignedOn, clock.GetUtcNow());
        contract.ApplyOrientation(message.Parcours, message.OrientationNotifiedOn, message.Publics ?? []);
        contract.ApplyProfile(message.Sex, message.Qpv);
        db.ActiveContracts.Add(contract);
    }
}
