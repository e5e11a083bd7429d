using Intensif.Scheduling.Api.Calendar;
using Intensif.Scheduling.Api.Domain;
using Intensif.Scheduling.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Scheduling.Api.Apis;

/// <summary>What a feed's secret URL answers, by the feed's kind: anonymous, the token is the credential.</summary>
internal static class FeedContent
{
    /// <summary>Like RDV Service Public's sync: the recent past and everything ahead.</summary>
    public static readonly TimeSpan PastWindow = TimeSpan.FromDays(90);

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> ReadAsync(
        string token, SchedulingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var hash = CalendarFeed.Hash(token);
        var feed = await db.Feeds.AsNoTracking().SingleOrDefaultAsync(f => f.TokenHash == hash && f.RevokedAt == null, cancellationToken);
        if (feed is null) return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such feed, or it was revoked.");
        var from = clock.GetUtcNow() - PastWindow;
        var text = feed.Kind switch
        {
            FeedKind.PROGRAMME => await ProgrammeAsync(db, feed, from, cancellationToken),
            FeedKind.SESSIONS => await SessionsAsync(db, feed, from, cancellationToken),
            _ => await InterviewsAsync(db, feed, from, cancellationToken),
        };
        return TypedResults.Text(text, "text/calendar; charset=utf-8");
    }

    private static async Task<string> InterviewsAsync(SchedulingDbContext db, CalendarFeed feed, DateTimeOffset from, CancellationToken cancellationToken)
    {
        var interviews = await db.Interviews.AsNoTracking()
            .Where(i => i.OrganismeId == feed.OrganismeId && i.ReferentId == feed.ReferentId && i.ScheduledAt >= from)
            .OrderBy(i => i.ScheduledAt).ToListAsync(cancellationToken);
        return InterviewCalendar.Render("Intensif — entretiens", interviews);
    }

    private static async Task<string> ProgrammeAsync(SchedulingDbContext db, CalendarFeed feed, DateTimeOffset from, CancellationToken cancellationToken)
    {
        var assignments = await db.Assignments.AsNoTracking()
            .Where(a => a.OrganismeId == feed.OrganismeId && a.BeneficiaryId == feed.BeneficiaryId && a.PlannedStart >= from)
            .OrderBy(a => a.PlannedStart).ToListAsync(cancellationToken);
        return ProgrammeCalendar.Render("Intensif — programme de la semaine", assignments);
    }

    private static async Task<string> SessionsAsync(SchedulingDbContext db, CalendarFeed feed, DateTimeOffset from, CancellationToken cancellationToken)
    {
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.Territory == feed.Territory && (feed.Theme == null || s.Theme == feed.Theme) && s.Start >= from
                && (s.DescribedAt > DateTimeOffset.MinValue || s.Cancelled))
            .OrderBy(s => s.Start).ToListAsync(cancellationToken);
        // the shared calendar's events of the territory (and theme) too; a cancelled one stays as STATUS:CANCELLED
        var events = await db.Set<SharedEvent>().AsNoTracking()
            .Where(e => e.Territory == feed.Territory && (feed.Theme == null || e.Theme == feed.Theme) && e.Start >= from)
            .OrderBy(e => e.Start).ToListAsync(cancellationToken);
        var name = feed.Theme is null ? $"Intensif — séances du territoire {feed.Territory}" : $"Intensif — séances {feed.Theme}, territoire {feed.Territory}";
        return SessionsCalendar.Render(name, sessions, events);
    }
}
