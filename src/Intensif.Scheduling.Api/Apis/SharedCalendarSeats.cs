using Intensif.ServiceDefaults.Time;
using Intensif.Scheduling.Api.Catalogue;
using Intensif.Scheduling.Api.Domain;
using Intensif.Scheduling.Api.Infrastructure;
using Intensif.ServiceDefaults.Identity;
using Intensif.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Scheduling.Api.Apis;

/// <summary>
/// What a seat of a collective session gives the person: an assignment in their programme, put there by
/// <see cref="ProgrammeBooking"/> as every other activity (programme checks under the person's advisory lock, the
/// catalogue's valuation within the week's caps, AssignmentBooked through the outbox). Every method runs inside the
/// transaction that holds the event's row lock.
/// </summary>
internal static class SharedCalendarSeats
{
    /// <summary>The event's slot in the person's programme.</summary>
    public static ProgrammeSlot Slot(SharedEvent e, IntensiveEpisode episode) =>
        new(episode.OrganismeId, episode.ReferentId, episode.BeneficiaryId, episode.EpisodeId, episode.Territory, e.Start, e.End);

    /// <summary>The assignment of a booked seat, at the booking's valuation (the caller checked the programme under the person's lock).</summary>
    public static Assignment Place(ProgrammeBooking programmes, SharedEvent e, EventBooking booking, IntensiveEpisode episode, DateTimeOffset now)
    {
        Guid? structure = e.OrganiserKind == PlatformRoles.KindPartner && Guid.TryParse(e.OrganiserOrganisation, out var s) ? s : null;
        var assignment = Assignment.Plan(Slot(e, episode),
            new PlannedActivity(e.EntryCode!, e.Id, structure, booking.PlannedHours ?? 0, booking.Supervision), booked: true, now);
        programmes.Add(assignment, now);
        return assignment;
    }

    /// <summary>
    /// Serves the event's free seats to its waitlist in order; a person whose programme now conflicts (or who left
    /// the episode, or whose week is closed, or whose activity the catalogue no longer values) is passed over with the
    /// reason and keeps their place. A promoted booking is valued now, with <paramref name="bearerToken"/> (whoever
    /// freed the seat) and the caps of what the person's week holds now.
    /// </summary>
    public static async Task ServeWaitlistAsync(SchedulingDbContext db, ProgrammeBooking programmes, AuditTrail audit, SharedEvent e, string? bearerToken,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!e.HasSeatLeft || e.Cancelled) return;
        var waiting = await db.Set<EventBooking>().Where(b => b.EventId == e.Id && b.Status == EventBookingStatus.WAITLISTED).ToListAsync(cancellationToken);
        if (waiting.Count == 0) return;
        var people = waiting.Where(b => b.BeneficiaryId is not null).Select(b => b.BeneficiaryId!.Value).Distinct().Order().ToList();
        foreach (var person in people) await ProgrammeScope.LockAsync(db, person, cancellationToken);
        var programmesOf = (await db.Assignments.AsNoTracking().Where(a => people.Contains(a.BeneficiaryId)).ToListAsync(cancellationToken))
            .GroupBy(a => a.BeneficiaryId).ToDictionary(g => g.Key, g => g.ToList());
        var episodeIds = waiting.Where(b => b.EpisodeId is not null).Select(b => b.EpisodeId!.Value).ToList();
        var episodes = await db.Episodes.AsNoTracking().Where(x => episodeIds.Contains(x.EpisodeId)).ToDictionaryAsync(x => x.EpisodeId, cancellationToken);
        var week = IsoWeek.Of(e.Start).ToString();
        var closed = await db.WeekClosures.AsNoTracking().Where(w => people.Contains(w.BeneficiaryId) && w.Week == week).Select(w => w.BeneficiaryId)
            .ToListAsync(cancellationToken);
        var day = DateOnly.FromDateTime(ParisTime.ToParis(e.Start));

        var promoted = await Waitlist.ServeAsync(e, waiting, async booking =>
        {
            if (booking.BeneficiaryId is not { } person) return Placement.Placed(null);
            if (!episodes.TryGetValue(booking.EpisodeId!.Value, out var episode) || !episode.IsActiveOn(day))
                return Placement.Refused($"not-in-intensive-episode: the person is not in an intensive episode on {day:yyyy-MM-dd}.");
            if (closed.Contains(person)) return Placement.Refused($"week-closed: week {week} of the person's programme is closed.");
            var programme = programmesOf.TryGetValue(person, out var found) ? found : programmesOf[person] = [];
            try
            {
                ProgrammeConflicts.EnsureFits(programme, e.Id, e.Start, e.End);
            }
            catch (RuleViolationException refusal)
            {
                return Placement.Refused($"{refusal.Code}: {refusal.Message}");
            }
            var valued = await ValueAsync(programmes, e, episode, programme, bearerToken, cancellationToken);
            if (valued is null) return Placement.Refused($"catalogue-refused: the catalogue no longer values {e.EntryCode}.");
            booking.Revalue(valued.Hours, valued.Supervision, now);
            var assignment = Place(programmes, e, booking, episode, now);
            programme.Add(assignment);
            return Placement.Placed(assignment.Id);
        }, now);
        foreach (var booking in promoted)
            audit.Record("calendar.booking.promoted-from-waitlist", "EventBooking", booking.Id, booking.BeneficiaryId ?? Guid.Empty, EventBookingResponse.From(booking));
    }

    /// <summary>The promotion's valuation; null when the catalogue refuses the occurrence (an unavailable catalogue fails the whole change: retry later).</summary>
    private static async Task<ValuedHours?> ValueAsync(ProgrammeBooking programmes, SharedEvent e, IntensiveEpisode episode, List<Assignment> programme,
        string? bearerToken, CancellationToken cancellationToken)
    {
        try
        {
            return await programmes.ValueAsync(Slot(e, episode), programme, e.EntryCode!, null, bearerToken, cancellationToken);
        }
        catch (CatalogueRefusal refusal) when (!refusal.Unavailable)
        {
            return null;
        }
    }
}
