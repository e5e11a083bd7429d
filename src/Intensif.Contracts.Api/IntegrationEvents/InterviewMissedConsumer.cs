using Intensif.Contracts.Api.Domain;
using Intensif.Contracts.Api.Infrastructure;
using Intensif.IntegrationEvents;
using Intensif.Messaging;
using MassTransit;

namespace Intensif.Contracts.Api.IntegrationEvents;

/// <summary>A person missed an entretien: kept as possible evidence of a lack of assiduité (BR-26); may lead to a proposal (SR-11).</summary>
public sealed class InterviewMissedConsumer(ContractsDbContext db, IOutbox outbox, TimeProvider clock)
    : IdempotentConsumer<InterviewMissed, ContractsDbContext>(db)
{
    protected override async Task HandleAsync(InterviewMissed m, ContractsDbContext db, ConsumeContext<InterviewMissed> context, CancellationToken cancellationToken)
    {
        await BreachProposals.ApplyAsync(db, outbox, clock, BreachSignal.MissedInterview(m.BeneficiaryId, m.OrganismeId, m.InterviewId, m.ScheduledAt, m.Type,
            m.Justified, clock.GetUtcNow()), cancellationToken);
    }
}
