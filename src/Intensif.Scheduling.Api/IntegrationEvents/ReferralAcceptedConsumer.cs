using Intensif.ServiceDefaults.Time;
using Intensif.IntegrationEvents;
using Intensif.Messaging;
using Intensif.Scheduling.Api.Apis;
using Intensif.Scheduling.Api.Domain;
using Intensif.Scheduling.Api.Infrastructure;
using Intensif.ServiceDefaults.Problems;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Scheduling.Api.IntegrationEvents;

/// <summary>
/// Partners gave the person a seat in a session (directly or from its waitlist): the session goes into the person's
/// programme, booked. The person's existing proposal on that session is booked; otherwise a new assignment is created,
/// planned at the session's length (there is no user token here to ask the catalogue; the attendance is valued by it,
/// see docs/scheduling.md). A conflict with the programme never drops the seat: the assignment is kept PROPOSED with
/// the conflict noted, for the référent to resolve.
/// </summary>
public sealed class ReferralAcceptedConsumer(SchedulingDbContext db, IOutbox outbox) : IdempotentConsumer<ReferralAccepted, SchedulingDbContext>(db)
{
    protected override async Task HandleAsync(ReferralAccepted m, SchedulingDbContext db, ConsumeContext<ReferralAccepted> context, CancellationToken cancellationToken)
    {
        // a referral is accepted once; its cancellation may have arrived first (then the seat is already given back)
        if (await db.Set<ReferralSeat>().AnyAsync(s => s.ReferralId == m.ReferralId, cancellationToken)) return;
        var seat = ReferralSeat.Accepted(m.ReferralId, m.SessionId, m.BeneficiaryId, m.OrganismeId, m.OccurredAt);
        db.Add(seat);

        await ProgrammeScope.LockAsync(db, m.BeneficiaryId, cancellationToken);
        var day = DateOnly.FromDateTime(ParisTime.ToParis(m.SessionStart));
        var episode = (await db.Episodes.Where(e => e.BeneficiaryId == m.BeneficiaryId && e.OrganismeId == m.OrganismeId).ToListAsync(cancellationToken))
            .FirstOrDefault(e => e.IsActiveOn(day));
        // no programme to place it in yet: the seat is held, the référent books the session directly when the episode is known
        if (episode is null) return;
        var week = IsoWeek.Of(m.SessionStart).ToString();
        if (await ProgrammeScope.IsClosedAsync(db, m.BeneficiaryId, week, cancellationToken)) return;

        var programme = await db.Assignments.Where(a => a.BeneficiaryId == m.BeneficiaryId).ToListAsync(cancellationToken);
        var now = m.OccurredAt;
        var onSession = programme.Where(a => a.SessionId == m.SessionId && a.HoldsItsSlot).ToList();
        if (onSession.FirstOrDefault(a => a.Status != AssignmentStatus.PROPOSED) is { } alreadyBooked)
        {
            alreadyBooked.HoldSeat(m.ReferralId);
            seat.PlacedIn(alreadyBooked.Id);
            return;
        }

        var proposal = onSession.FirstOrDefault();
        string? conflict = null;
        try
        {
            ProgrammeConflicts.EnsureFits(programme.Where(a => a.Id != proposal?.Id), null, m.SessionStart, m.SessionEnd);
        }
        catch (RuleViolationException refusal)
        {
            conflict = $"Seat held through referral {m.ReferralId}, not booked ({refusal.Code}): {refusal.Message}";
        }
        var assignment = proposal;
        if (assignment is null)
        {
            var hours = Math.Min(35m, Math.Round((decimal)(m.SessionEnd - m.SessionStart).TotalHours, 2));
            assignment = Assignment.Plan(new ProgrammeSlot(episode.OrganismeId, episode.ReferentId, m.BeneficiaryId, episode.EpisodeId, episode.Territory,
                m.SessionStart, m.SessionEnd), new PlannedActivity(m.EntryCode, m.SessionId, m.StructureId, hours, null), booked: conflict is null, now);
            db.Assignments.Add(assignment);
        }
        else if (conflict is null) assignment.Book(now);
        assignment.HoldSeat(m.ReferralId);
        seat.PlacedIn(assignment.Id);
        if (conflict is not null)
        {
            assignment.NoteWhyNotBooked(conflict, now);
            return;
        }
        outbox.Enqueue(AssignmentEvents.Booked(assignment, now), m.BeneficiaryId.ToString());
    }
}
