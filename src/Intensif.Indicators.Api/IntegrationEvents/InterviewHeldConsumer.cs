using Intensif.IntegrationEvents;
using Intensif.Indicators.Api.Domain;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.Messaging;
using MassTransit;

namespace Intensif.Indicators.Api.IntegrationEvents;

/// <summary>Records a held entretien (I3d, O7); a later correction to "missed" replaces it, an older one does not.</summary>
public sealed class InterviewHeldConsumer(IndicatorsDbContext db)
    : IdempotentConsumer<InterviewHeld, IndicatorsDbContext>(db)
{
    protected override async Task HandleAsync(InterviewHeld message, IndicatorsDbContext db,
        ConsumeContext<InterviewHeld> context, CancellationToken cancellationToken)
    {
        var outcome = await db.LockOrAddInterviewAsync(message.InterviewId,
            () => InterviewOutcome.Known(message.InterviewId, message.OrganismeId, message.BeneficiaryId), cancellationToken);
        outcome.Apply(message.ScheduledAt.ToUniversalTime(), message.Type, held: true, justified: false, message.OccurredAt.ToUniversalTime());
    }
}
