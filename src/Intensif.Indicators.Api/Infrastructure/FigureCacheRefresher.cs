using Microsoft.EntityFrameworkCore;

namespace Intensif.Indicators.Api.Infrastructure;

/// <summary>
/// Keeps the figures that have been read warm: every few seconds, the kept cells whose months were marked since the
/// last pass and whose stamp no longer matches are computed again (at most a batch per pass). Reads stay correct
/// without it (a stale cell is recomputed when read); it only spares the next reader that computation.
/// </summary>
public sealed class FigureCacheRefresher(IServiceScopeFactory scopes, ILogger<FigureCacheRefresher> logger) : BackgroundService
{
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(5);
    private const int Batch = 200;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var since = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                since = await PassAsync(since, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Refreshing the kept indicator figures failed; next pass in {Pause}.", Pause);
            }
            await Task.Delay(Pause, stoppingToken);
        }
    }

    /// <summary>One pass; returns where the next one starts (a mark's time is its transaction's start, hence the margin).</summary>
    private async Task<DateTimeOffset> PassAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IndicatorsDbContext>();
        var cache = scope.ServiceProvider.GetRequiredService<FigureCache>();
        var started = await db.Database.SqlQuery<DateTimeOffset>($"""SELECT now() AS "Value" """).SingleAsync(cancellationToken);
        var from = since == DateTimeOffset.MinValue ? since : since.AddMinutes(-5);
        // the second EXISTS is evaluated once: a recent mark of every figure (a row that does not say what it feeds)
        var stale = await db.Set<FigureCell>().FromSql($"""
            SELECT c.* FROM indicator_cells c
            WHERE (EXISTS (SELECT 1 FROM indicator_scope_months m
                           WHERE m."Scope" = c."Scope" AND m."Month" BETWEEN c."FirstDay" AND c."LastDay" AND m."MarkedAt" > {from})
                   OR EXISTS (SELECT 1 FROM indicator_scope_months m WHERE m."Scope" = {FigureMarks.EveryScope} AND m."MarkedAt" > {from}))
              AND c."Stamp" <> (SELECT coalesce(sum(x."Changes"), 0) FROM indicator_scope_months x
                                WHERE (x."Scope" = c."Scope" AND x."Month" BETWEEN c."FirstDay" AND c."LastDay") OR x."Scope" = {FigureMarks.EveryScope})
            LIMIT {Batch}
            """).AsNoTracking().ToListAsync(cancellationToken);
        foreach (var cell in stale) await cache.RefreshAsync(cell, cancellationToken);
        return stale.Count < Batch ? started : since;
    }
}
