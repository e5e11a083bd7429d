using Intensif.Indicators.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Indicators.Api.Infrastructure;

/// <summary>
/// Keeps the monthly totals (<see cref="WeekMonth"/>, <see cref="InterviewMonth"/>) equal to the sums of their rows: a save
/// adds, for every changed <see cref="IAddsToMonthlyTotals"/> row, its new contribution and the opposite of its former
/// one (<see cref="FigureChangesInterceptor"/>), in the save's transaction. Each key is raised with
/// <c>INSERT … ON CONFLICT DO UPDATE SET x = x + delta</c>, so concurrent saves of one month wait for each other and
/// both count, whatever the order. <see cref="RebuildSql"/> computes them again from the rows.
/// </summary>
public static class MonthlyTotals
{
    /// <summary>
    /// The totals computed from the projections (the tables emptied first, their statistics taken after, so the planner
    /// reads them by key at once): the migration creating them and the benchmark's seeding run it.
    /// </summary>
    public const string RebuildSql = """
        TRUNCATE closed_week_months, held_interview_months;
        INSERT INTO closed_week_months ("EpisodeId", "OrganismeId", "Territory", "Month", "Weeks", "WeeksReachingTarget", "RealisedHours", "AccompaniedHours")
        SELECT "EpisodeId", min("OrganismeId"), min("Territory"), date_trunc('month', "WeekStart" + 3)::date, count(*),
               count(*) FILTER (WHERE "RealisedHours" >= "TargetHours"), sum("RealisedHours"), sum("AccompaniedHours")
        FROM closed_weeks WHERE "WeekStart" > DATE '0001-01-01' GROUP BY "EpisodeId", 4;
        INSERT INTO held_interview_months ("BeneficiaryId", "OrganismeId", "Month", "Held")
        SELECT "BeneficiaryId", "OrganismeId", date_trunc('month', "ScheduledAt" AT TIME ZONE 'Europe/Paris')::date, count(*)
        FROM interview_outcomes WHERE "Held" GROUP BY 1, 2, 3;
        ANALYZE closed_week_months, held_interview_months;
        """;

    public static async Task AddAsync(DbContext db, IReadOnlyCollection<IMonthlyTotal> deltas, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("Monthly totals change with their rows: save closed weeks and entretiens inside a transaction.");
        // summed by key and sorted, so two transactions raising the same months lock them in the same order
        var weeks = deltas.OfType<WeekMonth>().GroupBy(t => (t.EpisodeId, t.Month)).OrderBy(g => g.Key).Select(g => WeekMonth.Total([.. g]))
            .Where(t => t.Weeks != 0 || t.WeeksReachingTarget != 0 || t.RealisedHours != 0 || t.AccompaniedHours != 0).ToList();
        if (weeks.Count > 0)
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO closed_week_months ("EpisodeId", "OrganismeId", "Territory", "Month", "Weeks", "WeeksReachingTarget", "RealisedHours", "AccompaniedHours")
                SELECT * FROM unnest({0}::uuid[], {1}::text[], {2}::text[], {3}::date[], {4}::int[], {5}::int[], {6}::numeric[], {7}::numeric[])
                ON CONFLICT ("EpisodeId", "Month") DO UPDATE SET
                    "Weeks" = closed_week_months."Weeks" + excluded."Weeks",
                    "WeeksReachingTarget" = closed_week_months."WeeksReachingTarget" + excluded."WeeksReachingTarget",
                    "RealisedHours" = closed_week_months."RealisedHours" + excluded."RealisedHours",
                    "AccompaniedHours" = closed_week_months."AccompaniedHours" + excluded."AccompaniedHours"
                """, [weeks.Select(t => t.EpisodeId).ToArray(), weeks.Select(t => t.OrganismeId).ToArray(), weeks.Select(t => t.Territory).ToArray(),
                    weeks.Select(t => t.Month).ToArray(), weeks.Select(t => t.Weeks).ToArray(), weeks.Select(t => t.WeeksReachingTarget).ToArray(),
                    weeks.Select(t => t.RealisedHours).ToArray(), weeks.Select(t => t.AccompaniedHours).ToArray()], cancellationToken);

        var interviews = deltas.OfType<InterviewMonth>().GroupBy(t => (t.BeneficiaryId, t.OrganismeId, t.Month)).OrderBy(g => g.Key)
            .Select(g => new InterviewMonth(g.Key.BeneficiaryId, g.Key.OrganismeId, g.Key.Month, g.Sum(t => t.Held)))
            .Where(t => t.Held != 0).ToList();
        if (interviews.Count > 0)
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO held_interview_months ("BeneficiaryId", "OrganismeId", "Month", "Held")
                SELECT * FROM unnest({0}::uuid[], {1}::text[], {2}::date[], {3}::int[])
                ON CONFLICT ("BeneficiaryId", "OrganismeId", "Month") DO UPDATE SET "Held" = held_interview_months."Held" + excluded."Held"
                """, [interviews.Select(t => t.BeneficiaryId).ToArray(), interviews.Select(t => t.OrganismeId).ToArray(),
                    interviews.Select(t => t.Month).ToArray(), interviews.Select(t => t.Held).ToArray()], cancellationToken);
    }
}
