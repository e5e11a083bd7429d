using Intensif.Indicators.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Indicators.Api.Infrastructure;

/// <summary>Row locks of the orientation and employment outcome projections, as <see cref="ProjectionLocks"/> does for the others.</summary>
public static class OutcomeProjectionLocks
{
    public static async Task<EmploymentOutcome> LockOrAddOutcomeAsync(this IndicatorsDbContext db, Guid outcomeId,
        Func<EmploymentOutcome> create, CancellationToken cancellationToken) =>
        await db.Set<EmploymentOutcome>().FromSql($"""select * from employment_outcomes where "OutcomeId" = {outcomeId} for update""")
            .SingleOrDefaultAsync(cancellationToken) ?? db.Set<EmploymentOutcome>().Add(create()).Entity;

    public static async Task<Orientation> LockOrAddOrientationAsync(this IndicatorsDbContext db, Guid orientationId,
        Func<Orientation> create, CancellationToken cancellationToken) =>
        await db.Set<Orientation>().FromSql($"""select * from orientations where "OrientationId" = {orientationId} for update""")
            .SingleOrDefaultAsync(cancellationToken) ?? db.Set<Orientation>().Add(create()).Entity;
}
