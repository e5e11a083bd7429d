using Intensif.IntegrationEvents;
using Intensif.Indicators.Api.Domain;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Indicators.Api.IntegrationEvents;

/// <summary>Keeps every passation as it happened; the référent at a date is read from them (O1, O7, référent breakdown).</summary>
public sealed class ReferentChangedConsumer(IndicatorsDbContext db)
    : IdempotentConsumer<ReferentChanged, IndicatorsDbContext>(db)
{
    protected override async Task HandleAsync(ReferentChanged message, IndicatorsDbContext db,
        ConsumeContext<ReferentChanged> context, CancellationToken cancellationToken)
    {
        if (await db.ReferentChanges.AnyAsync(c => c.EventId == message.EventId, cancellationToken)) return;
        db.ReferentChanges.Add(ReferentChange.Recorded(message.EventId, message.OrganismeId, message.Territory, message.PseudonymousBeneficiaryId,
            message.ContractId, message.FromReferentId, message.ToReferentId, message.Reason, message.EffectiveDate, message.InIntensiveEpisode,
            message.OccurredAt.ToUniversalTime()));
    }
}
