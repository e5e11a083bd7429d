using System.Runtime.CompilerServices;
using Intensif.Indicators.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Intensif.Indicators.Api.Infrastructure;

/// <summary>
/// Marks the scope-months whose figures a save changes: for every <see cref="IFeedsIndicators"/> row added, changed or
/// removed, the months of its state before and after, for its organisme and its territory. The marks are written after
/// the rows and, inside an event consumer, in its transaction (so a reader's snapshot sees both or neither); without a
/// transaction they follow the commit, which can only make a cached figure be recomputed once more, never stay stale.
/// The same save raises the monthly totals by the difference of every changed <see cref="IAddsToMonthlyTotals"/> row
/// (<see cref="MonthlyTotals"/>), which needs the transaction.
/// </summary>
public sealed class FigureChangesInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, PendingChanges> _pending = [];

    private sealed record PendingChanges(List<FiguresTouched> Touched, List<IMonthlyTotal> Totals);

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context) Collect(context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context) Collect(context);
        return base.SavingChanges(eventData, result);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && _pending.TryGetValue(context, out var pending))
        {
            _pending.Remove(context);
            await ApplyAsync(context, pending, cancellationToken);
        }
        return await base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } context && _pending.TryGetValue(context, out var pending))
        {
            _pending.Remove(context);
            ApplyAsync(context, pending, CancellationToken.None).GetAwaiter().GetResult();
        }
        return base.SavedChanges(eventData, result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } context) _pending.Remove(context);
        base.SaveChangesFailed(eventData);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context) _pending.Remove(context);
        return base.SaveChangesFailedAsync(eventData, cancellationToken);
    }

    private void Collect(DbContext context)
    {
        var touched = new List<FiguresTouched>();
        var totals = new List<IMonthlyTotal>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            if (entry.Entity is IAddsToMonthlyTotals adds)
            {
                if (entry.State is EntityState.Modified or EntityState.Deleted
                    && (entry.OriginalValues.ToObject() as IAddsToMonthlyTotals)?.MonthTotals() is { } former) totals.Add(former.Negated());
                if (entry.State is EntityState.Added or EntityState.Modified && adds.MonthTotals() is { } present) totals.Add(present);
            }
            if (entry.Entity is not IFeedsIndicators row)
            {
                // a row of this service that says nothing of the figures it feeds: every cached figure is recomputed
                if (FigureMarks.MayFeedFigures(entry.Entity.GetType())) touched.Add(FiguresTouched.Everything);
                continue;
            }
            if (entry.State is EntityState.Modified or EntityState.Deleted && entry.OriginalValues.ToObject() is IFeedsIndicators before)
                touched.AddRange(before.FiguresFed());
            if (entry.State is EntityState.Added or EntityState.Modified) touched.AddRange(row.FiguresFed());
        }
        if (touched.Count == 0 && totals.Count == 0) _pending.Remove(context);
        else _pending.AddOrUpdate(context, new PendingChanges(touched, totals));
    }

    private async Task ApplyAsync(DbContext context, PendingChanges pending, CancellationToken cancellationToken)
    {
        if (pending.Totals.Count > 0) await MonthlyTotals.AddAsync(context, pending.Totals, cancellationToken);
        if (pending.Touched.Count > 0) await FigureMarks.MarkAsync(context, pending.Touched, Today(), cancellationToken);
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
