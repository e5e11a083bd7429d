using Intensif.ServiceDefaults.Time;
using Intensif.Messaging;
using Intensif.Scheduling.Api.Domain;
using Intensif.Scheduling.Api.Infrastructure;
using Intensif.ServiceDefaults.Identity;
using Intensif.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Scheduling.Api.Apis;

/// <summary>
/// What a seat of a collective session gives the person: an assignment in their programme, created exactly as the
/// other session assignments (valued by the catalogue when the référent booked, programme checks under the person's
/// advisory lock, AssignmentBooked through the outbox). Every method runs inside the transaction that holds the
/// event's row lock.
/// </summary>
internal static class SharedCalendarSeats
{
    /// <summary>The assignment of a booked seat (the caller checked the programme under the person's lock).</summary>
    public static Assignment Place(SchedulingDbContext db, IOutbox outbox, AuditTrail audit, SharedEvent e, EventBooking booking, IntensiveEpisode episode,
        DateTimeOffset now)
    {
        Guid? structure = e.OrganiserKind == PlatformRoles.KindPartner && Guid.TryParse(e.OrganiserOrganisation, out var s) ? s : null;
        var assignment = Assignment.Plan(
            new ProgrammeSlot(episode.OrganismeId, episode.ReferentId, episode.BeneficiaryId, episode.EpisodeId, episode.Territory, e.Start, e.End),
            new PlannedActivity(e.EntryCode!, e.Id, structure, booking.PlannedHours ?? 0, booking.Supervision), booked: true, now);
        db.Assignments.Add(assignment);
        audit.Record("assignment.booked", "Assignment", assignment.Id, episode.BeneficiaryId, AssignmentResponse.From(assignment));
        outbox.Enqueue(AssignmentEvents.Booked(assignment, now), episode.BeneficiaryId.ToString());
        return assignment;
    }

    /// <summary>
    /// Serves the event's free seats to its waitlist in order; a person whose programme now conflicts (or who left
    /// the episode, or whose week is closed) is passed over with the reason and keeps their place.
    /// </summary>
    public static async Task ServeWaitlistAsync(SchedulingDbContext db, IOutbox outbox, AuditTrail audit, SharedEvent e, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (!e.HasSeatLeft || e.Cancelled) return;
        var waiting = await db.Set<EventBooking>().Where(b => b.EventId == e.Id && b.Status == EventBookingStatus.WAITLISTED).ToListAsync(cancellationToken);
        if (waiting.Count == 0) return;
        var people = waiting.Where(b => b.BeneficiaryId is not null).Select(b => b.BeneficiaryId!.Value).Distinct().Order().ToList();
        foreach (var person in people) await ProgrammeScope.LockAsync(db, person, cancellationToken);
        var programmes = (await db.Assignments.AsNoTracking().Where(a => people.Contains(a.BeneficiaryId)).ToListAsync(cancellationToken))
            .GroupBy(a => a.BeneficiaryId).ToDictionary(g => g.Key, g => g.ToList());
        var episodeIds = waiting.Where(b => b.EpisodeId is not null).Select(b => b.EpisodeId!.Value).ToList();
        var episodes = await db.Episodes.AsNoTracking().Where(x => episodeIds.Contains(x.EpisodeId)).ToDictionaryAsync(x => x.EpisodeId, cancellationToken);
        var week = IsoWeek.Of(e.Start).ToString();
        var closed = await db.WeekClosures.AsNoTracking().Where(w => people.Contains(w.BeneficiaryId) && w.Week == week).Select(w => w.BeneficiaryId)
            .ToListAsync(cancellationToken);
        var day = DateOnly.FromDateTime(ParisTime.ToParis(e.Start));

        var promoted = Waitlist.Serve(e, waiting, booking =>
        {
            if (booking.BeneficiaryId is not { } person) return Placement.Placed(null);
            if (!episodes.TryGetValue(booking.EpisodeId!.Value, out var episode) || !episode.IsActiveOn(day))
                return Placement.Refused($"not-in-intensive-episode: the person is not in an intensive episode on {day:yyyy-MM-dd}.");
            if (closed.Contains(person)) return Placement.Refused($"week-closed: week {week} of the person's programme is closed.");
            var programme = programmes.TryGetValue(person, out var found) ? found : programmes[person] = [];
            try
            {
                ProgrammeConflicts.EnsureFits(programme, e.Id, e.Start, e.End);
            }
            catch (RuleViolationException refusal)
            {
                return Placement.Refused($"{refusal.Code}: {refusal.Message}");
            }
            var assignment = Place(db, outbox, audit, e, booking, episode, now);
            programme.Add(assignment);
            return Placement.Placed(assignment.Id);
        }, now);
        foreach (var booking in promoted)
            audit.Record("calendar.booking.promoted-from-waitlist", "EventBooking", booking.Id, booking.BeneficiaryId ?? Guid.Empty, EventBookingResponse.From(booking));
    }
}
