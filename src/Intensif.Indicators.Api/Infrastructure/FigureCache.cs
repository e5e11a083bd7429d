using System.Data;
using System.Globalization;
using Intensif.Indicators.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Indicators.Api.Infrastructure;

/// <summary>
/// The figures of an indicator for a scope, breakdown and window of periods, computed by the indicator's one definition
/// (<see cref="IIndicator.Compute"/> over what <see cref="IndicatorDataLoader"/> reads for the window) and kept in
/// <c>indicator_cells</c>. A kept computation is served while the change counts of the window's months are those it
/// was computed at (one indexed lookup); otherwise it is computed again and kept. A window that has not begun is
/// computed and never kept. Small-cell suppression is applied by the caller, after this.
/// </summary>
public sealed class FigureCache(IndicatorsDbContext db, IndicatorSet indicators, TimeProvider clock)
{
    private sealed record Stored(long Stamp, string Rows, long Current);

    public async Task<IReadOnlyList<IndicatorCell>> CellsAsync(IndicatorScope scope, IIndicator indicator, Breakdown breakdown,
        IReadOnlyList<ReportingPeriod> periods, CancellationToken cancellationToken)
    {
        var (key, definition, window) = (scope.ToString(), indicator.Definition, WindowOf(periods));
        var (first, last) = (periods[0].FirstDay, periods[^1].LastDay);
        if (first > DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)) return await ComputeAsync(scope, indicator, breakdown, periods, keep: false, cancellationToken);

        var stored = await db.Database.SqlQuery<Stored>($"""
            SELECT c."Stamp", c."Rows",
                   (SELECT coalesce(sum(m."Changes"), 0) FROM indicator_scope_months m
                    WHERE (m."Scope" = c."Scope" AND m."Month" BETWEEN c."FirstDay" AND c."LastDay") OR m."Scope" = {FigureMarks.EveryScope})::bigint AS "Current"
            FROM indicator_cells c
            WHERE c."Scope" = {key} AND c."Code" = {definition.Code} AND c."Version" = {definition.Version} AND c."Breakdown" = {breakdown.Name}
              AND c."Period" = {window}
            """).SingleOrDefaultAsync(cancellationToken);
        return stored is not null && stored.Stamp == stored.Current
            ? FigureRows.Read(stored.Rows, periods)
            : await ComputeAsync(scope, indicator, breakdown, periods, keep: true, cancellationToken);
    }

    /// <summary>Computes a kept cell again (the refresher); a cell of an unknown code, version, breakdown or scope is dropped.</summary>
    public async Task RefreshAsync(FigureCell cell, CancellationToken cancellationToken)
    {
        var indicator = indicators.Find(cell.Code); // the deployment's set: a kept figure of its settings is recomputed, another setting's dropped
        var breakdown = Breakdown.Find(cell.Breakdown);
        var scope = cell.Scope.Split(':', 2) switch
        {
            ["organisme", var id] => IndicatorScope.OfOrganisme(id),
            ["territory", var id] => IndicatorScope.OfTerritory(id),
            _ => null,
        };
        Granularity? granularity = cell.Period.Split(':')[0] switch { "month" => Granularity.Month, "quarter" => Granularity.Quarter, _ => null };
        if (indicator is null || indicator.Definition.Version != cell.Version || breakdown is null || scope is null || granularity is null)
        {
            await db.Database.ExecuteSqlAsync($"""
                DELETE FROM indicator_cells WHERE "Scope" = {cell.Scope} AND "Code" = {cell.Code} AND "Version" = {cell.Version}
                  AND "Breakdown" = {cell.Breakdown} AND "Period" = {cell.Period}
                """, cancellationToken);
            return;
        }
        await ComputeAsync(scope, indicator, breakdown, ReportingPeriod.Range(cell.FirstDay, cell.LastDay, granularity.Value), keep: true, cancellationToken);
    }

    /// <summary>The key of a window: its granularity, first and last period ("month:2025-12:2026-11").</summary>
    public static string WindowOf(IReadOnlyList<ReportingPeriod> periods) =>
        string.Create(CultureInfo.InvariantCulture, $"{(periods[0].Months().Count == 1 ? "month" : "quarter")}:{periods[0].FirstDay:yyyy-MM}:{periods[^1].FirstDay:yyyy-MM}");

    private async Task<IReadOnlyList<IndicatorCell>> ComputeAsync(IndicatorScope scope, IIndicator indicator, Breakdown breakdown,
        IReadOnlyList<ReportingPeriod> periods, bool keep, CancellationToken cancellationToken)
    {
        var key = scope.ToString();
        var (first, last) = (periods[0].FirstDay, periods[^1].LastDay);
        // the change counts and the rows are read in one snapshot: a change committed after it raises a count the kept
        // figures do not carry, so they are computed again on their next read
        var (stamp, cells) = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
            // a figure's reads are index lookups of a few thousand rows: JIT compilation cost more than them (0.8 s of 3 s measured)
            await db.Database.ExecuteSqlRawAsync("SET LOCAL jit = off", cancellationToken);
            var stamp = await db.Database.SqlQuery<long>($"""
                SELECT coalesce(sum("Changes"), 0)::bigint AS "Value" FROM indicator_scope_months
                WHERE ("Scope" = {key} AND "Month" BETWEEN {first} AND {last}) OR "Scope" = {FigureMarks.EveryScope}
                """).SingleAsync(cancellationToken);
            var data = await db.LoadAsync(scope, first, last, asOf: last, cancellationToken, IndicatorReads.Of(indicator, breakdown));
            await transaction.CommitAsync(cancellationToken);
            return (stamp, indicator.Compute(data, periods, breakdown));
        });
        if (!keep) return cells;

        var definition = indicator.Definition;
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO indicator_cells ("Scope", "Code", "Version", "Breakdown", "Period", "FirstDay", "LastDay", "Stamp", "Rows", "ComputedAt")
            VALUES ({key}, {definition.Code}, {definition.Version}, {breakdown.Name}, {WindowOf(periods)}, {first}, {last}, {stamp},
                    {FigureRows.Write(cells)}::jsonb, {clock.GetUtcNow()})
            ON CONFLICT ("Scope", "Code", "Version", "Breakdown", "Period")
            DO UPDATE SET "Stamp" = excluded."Stamp", "Rows" = excluded."Rows", "ComputedAt" = excluded."ComputedAt"
            """, cancellationToken);
        return cells;
    }
}
