using Intensif.Scheduling.Api.Domain;
using Intensif.Scheduling.Api.Infrastructure;
using Intensif.ServiceDefaults.Identity;
using Intensif.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Scheduling.Api.Apis;

/// <summary>
/// Who sees a person's programme: their current référent, and the managers of the organisme of their episode. Anyone
/// else gets 404 (another organisation's data does not exist for them).
/// </summary>
internal static class ProgrammeScope
{
    /// <summary>The person's episodes the caller may read, latest first.</summary>
    public static async Task<List<IntensiveEpisode>> ReadableEpisodesAsync(SchedulingDbContext db, Guid beneficiaryId, CurrentUser user,
        CancellationToken cancellationToken) =>
        (await db.Episodes.Where(e => e.BeneficiaryId == beneficiaryId && e.OrganismeId == user.Organisation
                && ((user.Role == PlatformRoles.Manager) || (user.Role == PlatformRoles.Referent && e.ReferentId == user.Subject)))
            .ToListAsync(cancellationToken))
        .OrderByDescending(e => e.StartDate).ToList();

    /// <summary>The person's episodes the caller follows as référent, latest first; empty when none (404).</summary>
    public static async Task<List<IntensiveEpisode>> FollowedEpisodesAsync(SchedulingDbContext db, Guid beneficiaryId, CurrentUser user,
        CancellationToken cancellationToken) =>
        user.Role != PlatformRoles.Referent ? [] : await ReadableEpisodesAsync(db, beneficiaryId, user, cancellationToken);

    /// <summary>The episode covering <paramref name="week"/>, or null.</summary>
    public static IntensiveEpisode? Covering(IEnumerable<IntensiveEpisode> episodes, IsoWeek week) =>
        episodes.FirstOrDefault(e => e.StartDate <= week.Monday.AddDays(6) && (e.EndedOn ?? DateOnly.MaxValue) >= week.Monday);

    public static Task<bool> IsClosedAsync(SchedulingDbContext db, Guid beneficiaryId, string week, CancellationToken cancellationToken) =>
        db.WeekClosures.AnyAsync(w => w.BeneficiaryId == beneficiaryId && w.Week == week, cancellationToken);

    /// <summary>409 <c>week-closed</c> when the person's <paramref name="week"/> is closed: its programme no longer changes.</summary>
    public static async Task EnsureWeekOpenAsync(SchedulingDbContext db, Guid beneficiaryId, string week, CancellationToken cancellationToken)
    {
        if (await IsClosedAsync(db, beneficiaryId, week, cancellationToken))
            throw new RuleViolationException("week-closed", $"Week {week} is closed; its programme no longer changes.");
    }

    /// <summary>Serialises changes to one person's programme until the transaction ends (a PostgreSQL advisory lock).</summary>
    public static Task LockAsync(SchedulingDbContext db, Guid beneficiaryId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"select pg_advisory_xact_lock(hashtextextended({beneficiaryId.ToString()}, 0))", cancellationToken);

    public static string? BearerToken(HttpContext context) =>
        context.Request.Headers.Authorization.ToString() is { } header && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? header["Bearer ".Length..].Trim() : null;
}
