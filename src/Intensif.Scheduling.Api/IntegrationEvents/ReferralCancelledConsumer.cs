using Intensif.IntegrationEvents;
using Intensif.Messaging;
using Intensif.Scheduling.Api.Apis;
using Intensif.Scheduling.Api.Domain;
using Intensif.Scheduling.Api.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Scheduling.Api.IntegrationEvents;

/// <summary>
/// The referral was withdrawn, or its session cancelled: the seat is given back, and the assignment booked from it is
/// cancelled (CANCELLED, or CANCELLED_BY_PROVIDER for a session cancellation) unless its attendance is recorded.
/// </summary>
public sealed class ReferralCancelledConsumer(SchedulingDbContext db) : IdempotentConsumer<ReferralCancelled, SchedulingDbContext>(db)
{
    protected override async Task HandleAsync(ReferralCancelled m, SchedulingDbContext db, ConsumeContext<ReferralCancelled> context, CancellationToken cancellationToken)
    {
        var seat = await db.Set<ReferralSeat>().SingleOrDefaultAsync(s => s.ReferralId == m.ReferralId, cancellationToken);
        if (seat is null)
        {
            db.Add(ReferralSeat.CancelledFirst(m.ReferralId, m.SessionId, m.BeneficiaryId, m.OrganismeId, m.OccurredAt));
            return;
        }
        seat.Release(m.OccurredAt);
        if (seat.AssignmentId is not { } assignmentId) return;
        await ProgrammeScope.LockAsync(db, m.BeneficiaryId, cancellationToken);
        var assignment = await db.Assignments.SingleOrDefaultAsync(a => a.Id == assignmentId, cancellationToken);
        if (assignment is null || await ProgrammeScope.IsClosedAsync(db, assignment.BeneficiaryId, assignment.Week, cancellationToken)) return;
        if (m.BySessionCancellation) assignment.CancelByProvider(m.OccurredAt);
        else assignment.Withdraw(m.OccurredAt);
    }
}
