using Intensif.Contracts.Api.Domain;
using Intensif.Contracts.Api.Infrastructure;
using Intensif.IntegrationEvents;
using Intensif.Messaging;
using MassTransit;

namespace Intensif.Contracts.Api.IntegrationEvents;

/// <summary>A référent closed a person's week: kept as possible evidence of a lack of participation (BR-26); may lead to a proposal (SR-11).</summary>
public sealed class WeekClosedConsumer(ContractsDbContext db, IOutbox outbox, TimeProvider clock)
    : IdempotentConsumer<WeekClosed, ContractsDbContext>(db)
{
    protected override async Task HandleAsync(WeekClosed m, ContractsDbContext db, ConsumeContext<WeekClosed> context, CancellationToken cancellationToken)
    {
        await BreachProposals.ApplyAsync(db, outbox, clock, BreachSignal.ClosedWeek(m.BeneficiaryId, m.OrganismeId, m.IsoWeek, m.WeekStart, m.TargetHours,
            m.RealisedHours, m.GapReason, clock.GetUtcNow()), cancellationToken);
    }
}
