using Intensif.Scheduling.Api.Domain;
using Intensif.Scheduling.Api.Infrastructure;
using Intensif.ServiceDefaults.Identity;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Scheduling.Api.Apis;

/// <summary>
/// Who sees and who organises shared calendar events: every professional (référent, manager, partner, pilot) whose
/// token holds the event's territory sees it; its organiser (the organisme or structure that created it, a référent or
/// manager of that organisme, or a member of that structure) changes it. Anyone else gets 404.
/// </summary>
internal static class SharedCalendarScope
{
    public static bool IsProfessionalOf(CurrentUser user, string territory) =>
        user.Role is PlatformRoles.Referent or PlatformRoles.Manager or PlatformRoles.Partner or PlatformRoles.Pilot && user.Territories.Contains(territory);

    /// <summary>A référent or manager of an organisme, or a partner acting for its structure.</summary>
    public static bool MayOrganise(CurrentUser user) =>
        (user.OrganisationKind == PlatformRoles.KindOrganisme && user.Role is PlatformRoles.Referent or PlatformRoles.Manager)
        || (user.OrganisationKind == PlatformRoles.KindPartner && user.Role == PlatformRoles.Partner);

    public static bool Organises(CurrentUser user, SharedEvent e) =>
        MayOrganise(user) && e.OrganiserOrganisation == user.Organisation && e.OrganiserKind == user.OrganisationKind;

    public static async Task<SharedEvent?> VisibleAsync(SchedulingDbContext db, Guid id, CurrentUser user, CancellationToken cancellationToken)
    {
        var found = await db.Set<SharedEvent>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        return found is not null && IsProfessionalOf(user, found.Territory) ? found : null;
    }

    /// <summary>The bookings the caller sees: their organisation's, or all of them for a partner organising the event (its attendance sheet).</summary>
    public static IEnumerable<EventBooking> VisibleBookings(CurrentUser user, SharedEvent e, IEnumerable<EventBooking> bookings) =>
        Organises(user, e) && e.OrganiserKind == PlatformRoles.KindPartner ? bookings : bookings.Where(b => b.OrganisationId == user.Organisation);

    public static async Task<CalendarEventResponse> ViewAsync(SchedulingDbContext db, SharedEvent e, CurrentUser user, CancellationToken cancellationToken)
    {
        var bookings = await db.Set<EventBooking>().AsNoTracking().Where(b => b.EventId == e.Id).OrderBy(b => b.CreatedAt).ThenBy(b => b.Id)
            .ToListAsync(cancellationToken);
        return CalendarEventResponse.From(e, bookings.Count(b => b.Status == EventBookingStatus.WAITLISTED), VisibleBookings(user, e, bookings));
    }
}
