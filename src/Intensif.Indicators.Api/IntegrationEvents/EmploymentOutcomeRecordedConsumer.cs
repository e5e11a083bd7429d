using Intensif.IntegrationEvents;
using Intensif.Indicators.Api.Domain;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.Messaging;
using MassTransit;

namespace Intensif.Indicators.Api.IntegrationEvents;

/// <summary>Records an employment outcome (I4); a correction of the same outcome replaces it, an older one arriving late changes nothing.</summary>
public sealed class EmploymentOutcomeRecordedConsumer(IndicatorsDbContext db)
    : IdempotentConsumer<EmploymentOutcomeRecorded, IndicatorsDbContext>(db)
{
    protected override async Task HandleAsync(EmploymentOutcomeRecorded message, IndicatorsDbContext db,
        ConsumeContext<EmploymentOutcomeRecorded> context, CancellationToken cancellationToken)
    {
        var outcome = await db.LockOrAddOutcomeAsync(message.OutcomeId,
            () => EmploymentOutcome.Known(message.OutcomeId, message.OrganismeId, message.Territory, message.PseudonymousBeneficiaryId), cancellationToken);
        outcome.ApplyRecorded(message.EpisodeId, message.ContractKind, message.StartDate, message.DurationMonths, message.Durable,
            message.OccurredAt.ToUniversalTime());
    }
}
