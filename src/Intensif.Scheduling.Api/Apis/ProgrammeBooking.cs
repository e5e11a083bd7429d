using Intensif.Messaging;
using Intensif.Scheduling.Api.Catalogue;
using Intensif.Scheduling.Api.Domain;
using Intensif.Scheduling.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Scheduling.Api.Apis;

/// <summary>
/// Puts an activity in a person's programme, the same way for every path that does it: the référent's planning
/// (<c>POST …/programmes/{id}/assignments</c>), the booking of a proposal (<c>POST …/assignments/{id}/book</c>), a
/// shared calendar booking and a promotion from its waitlist. The programme checks (<c>already-booked</c>,
/// <c>programme-conflict</c>), the catalogue's valuation within the caps of what the programme holds for the entry,
/// and the assignment, audited, with AssignmentBooked through the outbox.
/// </summary>
internal sealed class ProgrammeBooking(SchedulingDbContext db, IOutbox outbox, AuditTrail audit, CatalogueValuations catalogue)
{
    /// <summary>
    /// Before the transaction: the person's programme in the slot's episode, checked against the slot (refused before
    /// the catalogue is asked). Returns that programme, to value the occurrence with.
    /// </summary>
    public async Task<List<Assignment>> CheckAsync(ProgrammeSlot slot, Guid? sessionId, CancellationToken cancellationToken)
    {
        var programme = await db.Assignments.AsNoTracking().Where(a => a.BeneficiaryId == slot.BeneficiaryId && a.EpisodeId == slot.EpisodeId)
            .ToListAsync(cancellationToken);
        ProgrammeConflicts.EnsureFits(programme, sessionId, slot.Start, slot.End);
        return programme;
    }

    /// <summary>
    /// The catalogue's valuation of one occurrence of <paramref name="entryCode"/> in the slot (its length as the hours
    /// spent, at most 35 h), with what <paramref name="programme"/> holds for the entry in the slot's episode (hours and
    /// occurrences this week, hours in total), so the entry's caps apply as the programme stands now. What holds
    /// nothing is left out: proposals nobody booked and cancelled activities.
    /// </summary>
    public Task<ValuedHours> ValueAsync(ProgrammeSlot slot, IEnumerable<Assignment> programme, string entryCode, int? units, string? bearerToken,
        CancellationToken cancellationToken)
    {
        var week = IsoWeek.Of(slot.Start).ToString();
        var sameEntry = programme.Where(a => a.EpisodeId == slot.EpisodeId && a.EntryCode == entryCode
            && a.Status.HoldsPlannedHours()).ToList();
        var thisWeek = sameEntry.Where(a => a.Week == week).ToList();
        return catalogue.ValueAsync(new ValuationQuery(entryCode, units, Math.Min(35m, (decimal)(slot.End - slot.Start).TotalHours),
            thisWeek.Sum(a => a.PlannedHours), thisWeek.Count, sameEntry.Sum(a => a.PlannedHours), slot.Territory), bearerToken, cancellationToken);
    }

    /// <summary>
    /// Inside the transaction: takes the person's advisory lock and checks the slot against their whole programme, so
    /// two concurrent bookings (a double click) cannot both pass.
    /// </summary>
    public async Task LockAndCheckAsync(Guid beneficiaryId, Guid? sessionId, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        await ProgrammeScope.LockAsync(db, beneficiaryId, cancellationToken);
        await EnsureFitsAsync(beneficiaryId, null, sessionId, start, end, cancellationToken);
    }

    /// <summary>
    /// The slot against the person's whole programme as stored (<c>already-booked</c>, <c>programme-conflict</c>),
    /// leaving out the assignment <paramref name="except"/> itself (a proposal being booked). Run under the person's lock.
    /// </summary>
    public async Task EnsureFitsAsync(Guid beneficiaryId, Guid? except, Guid? sessionId, DateTimeOffset start, DateTimeOffset end,
        CancellationToken cancellationToken) =>
        ProgrammeConflicts.EnsureFits(await db.Assignments.AsNoTracking().Where(a => a.BeneficiaryId == beneficiaryId && a.Id != except)
            .ToListAsync(cancellationToken), sessionId, start, end);

    /// <summary>
    /// Books a proposal the person agreed to (PROPOSED → BOOKED) in one transaction under the person's advisory lock:
    /// the proposal read again, <paramref name="ensureUnchanged"/> (the caller's If-Match), the week still open, the
    /// programme checks without the proposal itself, a Partners session's held seat (<c>seat-not-held</c>), then
    /// <c>assignment-not-proposed</c> if it was booked meanwhile; audited, AssignmentBooked through the outbox.
    /// </summary>
    public async Task<Assignment> BookProposalAsync(Assignment proposal, Action<Assignment> ensureUnchanged, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var booked = proposal;
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await ProgrammeScope.LockAsync(db, proposal.BeneficiaryId, cancellationToken);
            var current = await db.Assignments.SingleAsync(a => a.Id == proposal.Id, cancellationToken);
            ensureUnchanged(current);
            await ProgrammeScope.EnsureWeekOpenAsync(db, current.BeneficiaryId, current.Week, cancellationToken);
            await EnsureFitsAsync(current.BeneficiaryId, current.Id, current.SessionId, current.PlannedStart, current.PlannedEnd, cancellationToken);
            if (await PartnerSeats.IsPartnerSessionAsync(db, current.SessionId, cancellationToken))
            {
                var seat = await PartnerSeats.EnsureHeldAsync(db, current.BeneficiaryId, current.SessionId!.Value, cancellationToken);
                current.HoldSeat(seat.ReferralId);
                seat.PlacedIn(current.Id);
            }
            current.Book(now);
            audit.Record("assignment.booked", "Assignment", current.Id, current.BeneficiaryId, AssignmentResponse.From(current));
            outbox.Enqueue(AssignmentEvents.Booked(current, now), current.BeneficiaryId.ToString());
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            booked = current;
        });
        return booked;
    }

    /// <summary>Adds the planned assignment to the programme: audited, and AssignmentBooked through the outbox when it is booked.</summary>
    public void Add(Assignment assignment, DateTimeOffset now)
    {
        var booked = assignment.Status == AssignmentStatus.BOOKED;
        db.Assignments.Add(assignment);
        audit.Record(booked ? "assignment.booked" : "assignment.proposed", "Assignment", assignment.Id, assignment.BeneficiaryId,
            AssignmentResponse.From(assignment));
        if (booked) outbox.Enqueue(AssignmentEvents.Booked(assignment, now), assignment.BeneficiaryId.ToString());
    }
}
