using Intensif.Indicators.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Indicators.Api.Infrastructure;

/// <summary>
/// Loads a projection row under a row lock, so consumers of several queues (possibly concurrent) apply their events
/// to it one after the other. Two first events racing to insert the same row collide on the primary key; the loser's
/// transaction rolls back and MassTransit's retry finds the row.
/// </summary>
public static class ProjectionLocks
{
    public static async Task<IntensiveEpisode> LockOrAddAsync(this IndicatorsDbContext db, Guid episodeId,
        Func<IntensiveEpisode> create, CancellationToken cancellationToken) =>
        await db.IntensiveEpisodes.FromSql($"""select * from intensive_episodes where "EpisodeId" = {episodeId} for update""")
            .SingleOrDefaultAsync(cancellationToken) ?? db.IntensiveEpisodes.Add(create()).Entity;

    public static async Task<InterviewOutcome> LockOrAddInterviewAsync(this IndicatorsDbContext db, Guid interviewId,
        Func<InterviewOutcome> create, CancellationToken cancellationToken) =>
        await db.InterviewOutcomes.FromSql($"""select * from interview_outcomes where "InterviewId" = {interviewId} for update""")
            .SingleOrDefaultAsync(cancellationToken) ?? db.InterviewOutcomes.Add(create()).Entity;

    public static async Task<ClosedWeek> LockOrAddWeekAsync(this IndicatorsDbContext db, Guid episodeId, string isoWeek,
        Func<ClosedWeek> create, CancellationToken cancellationToken) =>
        await db.ClosedWeeks.FromSql($"""select * from closed_weeks where "EpisodeId" = {episodeId} and "IsoWeek" = {isoWeek} for update""")
            .SingleOrDefaultAsync(cancellationToken) ?? db.ClosedWeeks.Add(create()).Entity;

    public static async Task<PartnerSession> LockOrAddSessionAsync(this IndicatorsDbContext db, Guid sessionId,
        Func<PartnerSession> create, CancellationToken cancellationToken) =>
        await db.PartnerSessions.FromSql($"""select * from partner_sessions where "SessionId" = {sessionId} for update""")
            .SingleOrDefaultAsync(cancellationToken) ?? db.PartnerSessions.Add(create()).Entity;

    public static async Task<ActivityAssignment> LockOrAddAssignmentAsync(this IndicatorsDbContext db, Guid assignmentId,
        Func<ActivityAssignment> create, CancellationToken cancellationToken) =>
        await db.ActivityAssignments.FromSql($"""select * from activity_assignments where "AssignmentId" = {assignmentId} for update""")
            .SingleOrDefaultAsync(cancellationToken) ?? db.ActivityAssignments.Add(create()).Entity;

    public static async Task<BreachFile> LockOrAddBreachFileAsync(this IndicatorsDbContext db, Guid breachFileId,
        Func<BreachFile> create, CancellationToken cancellationToken) =>
        await db.BreachFiles.FromSql($"""select * from breach_files where "BreachFileId" = {breachFileId} for update""")
            .SingleOrDefaultAsync(cancellationToken) ?? db.BreachFiles.Add(create()).Entity;

    public static async Task<ActivityCost> LockOrAddActivityCostAsync(this IndicatorsDbContext db, string entryCode,
        Func<ActivityCost> create, CancellationToken cancellationToken) =>
        await db.ActivityCosts.FromSql($"""select * from activity_costs where "EntryCode" = {entryCode} for update""")
            .SingleOrDefaultAsync(cancellationToken) ?? db.ActivityCosts.Add(create()).Entity;
}
