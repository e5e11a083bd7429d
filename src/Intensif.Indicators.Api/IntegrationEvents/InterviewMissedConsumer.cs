using Intensif.IntegrationEvents;
using Intensif.Indicators.Api.Domain;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.Messaging;
using MassTransit;

namespace Intensif.Indicators.Api.IntegrationEvents;

/// <summary>Records a missed entretien (managers' action list); the latest outcome of an entretien wins.</summary>
public sealed class InterviewMissedConsumer(IndicatorsDbContext db)
    : IdempotentConsumer<InterviewMissed, IndicatorsDbContext>(db)
{
    protected override async Task HandleAsync(InterviewMissed message, IndicatorsDbContext db,
        ConsumeContext<InterviewMissed> context, CancellationToken cancellationToken)
    {
        var outcome = await db.LockOrAddInterviewAsync(message.InterviewId,
            () => InterviewOutcome.Known(message.InterviewId, message.OrganismeId, message.BeneficiaryId), cancellationToken);
        outcome.Apply(message.ScheduledAt.ToUniversalTime(), message.Type, held: false, message.Justified, message.OccurredAt.ToUniversalTime());
    }
}
