using Intensif.Indicators.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Indicators.Api.Infrastructure;

/// <summary>Raises the change count of the scope-months a set of changed rows takes part in.</summary>
public static class FigureMarks
{
    /// <summary>The scope of the mark that invalidates every cached figure (counted in every cell's stamp).</summary>
    public const string EveryScope = "*";

    /// <summary>
    /// Tables of this service that no figure of <c>IndicatorValuesApi</c> reads: offer usage and costing read them
    /// directly (partner sessions, referrals, conventions), and the kept figures themselves.
    /// </summary>
    private static readonly HashSet<Type> NotFeedingFigures =
        [typeof(PartnerSession), typeof(PartnerReferral), typeof(StructureConventions), typeof(FigureCell), typeof(ScopeMonth)];

    /// <summary>
    /// Whether a saved row of this type may change figures without saying which: any type of this service's model that
    /// is not <see cref="IFeedsIndicators"/> and not known to be outside the figures (the inbox, outbox and idempotency
    /// keys belong to shared libraries and are not).
    /// </summary>
    public static bool MayFeedFigures(Type type) => type.Assembly == typeof(FigureMarks).Assembly && !NotFeedingFigures.Contains(type);

    /// <summary>
    /// Open spans are marked up to the month of today + 2 days: a figure is kept only for a period that has begun
    /// (<see cref="FigureCache"/>), and the margin covers a clock a little ahead on another instance.
    /// </summary>
    public static async Task MarkAsync(DbContext db, IReadOnlyCollection<FiguresTouched> touched, DateOnly today, CancellationToken cancellationToken)
    {
        var last = FirstOfMonth(today.AddDays(2));
        var spans = new List<(string? Organisme, string? Territory, DateOnly From, DateOnly? To)>();
        Guid[] people = [.. touched.Where(t => t.Person is not null).Select(t => t.Person!.Value).Distinct()];
        Guid[] episodeIds = [.. touched.Where(t => t.Episode is not null).Select(t => t.Episode!.Value).Distinct()];
        var episodes = people.Length + episodeIds.Length == 0 ? [] : await db.Set<IntensiveEpisode>().AsNoTracking()
            .Where(e => e.StartDate != null && (people.Contains(e.PseudonymousBeneficiaryId) || episodeIds.Contains(e.EpisodeId)))
            .Select(e => new { e.EpisodeId, e.PseudonymousBeneficiaryId, e.OrganismeId, e.Territory, StartDate = e.StartDate!.Value, e.EndedOn })
            .ToListAsync(cancellationToken);
        foreach (var t in touched)
        {
            if (t.Episode is { } id)
                spans.AddRange(episodes.Where(e => e.EpisodeId == id).Select(e => ((string?)e.OrganismeId, (string?)e.Territory, e.StartDate, e.EndedOn)));
            else spans.Add((t.OrganismeId, t.Territory, t.From, t.To));
            if (t.Person is { } person)
                spans.AddRange(episodes.Where(e => e.PseudonymousBeneficiaryId == person && (t.AnyOrganisme || e.OrganismeId == t.OrganismeId))
                    .Select(e => ((string?)e.OrganismeId, (string?)e.Territory, t.From, t.To)));
        }

        var marks = new SortedSet<(string Scope, DateOnly Month)>();
        foreach (var (organisme, territory, start, end) in spans)
        {
            if (organisme == EveryScope)
            {
                marks.Add((EveryScope, DateOnly.MinValue));
                continue;
            }
            var from = FirstOfMonth(start);
            var to = FirstOfMonth(end is { } e && e < last ? e : last);
            if (to < from) to = from;
            for (var month = from; month <= to; month = month.AddMonths(1))
            {
                if (organisme is not null) marks.Add((IndicatorScope.OfOrganisme(organisme).ToString(), month));
                if (territory is not null) marks.Add((IndicatorScope.OfTerritory(territory).ToString(), month));
            }
        }
        if (marks.Count == 0) return;
        // sorted, so two transactions marking the same months lock them in the same order
        string[] scopes = [.. marks.Select(m => m.Scope)];
        DateOnly[] months = [.. marks.Select(m => m.Month)];
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO indicator_scope_months ("Scope", "Month", "Changes", "MarkedAt")
            SELECT s, m, 1, now() FROM unnest({0}::text[], {1}::date[]) AS t(s, m) ORDER BY s, m
            ON CONFLICT ("Scope", "Month") DO UPDATE SET "Changes" = indicator_scope_months."Changes" + 1, "MarkedAt" = now()
            """, [scopes, months], cancellationToken);
    }

    public static DateOnly FirstOfMonth(DateOnly day) => new(day.Year, day.Month, 1);
}
