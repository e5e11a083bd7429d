using Intensif.Scheduling.Api.Catalogue;
using Intensif.Scheduling.Api.Domain;
using Intensif.Scheduling.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Scheduling.Api.Apis;

/// <summary>
/// The valuation of a realised occurrence: what the person was already credited for that entry in the episode (its DONE
/// assignments, this week and in total), so the catalogue applies the entry's caps (SR-04, BR-35). Used by attendance
/// and by the validation of a person's declaration.
/// </summary>
internal static class RealisedCredit
{
    public static async Task<ValuationQuery> QueryAsync(SchedulingDbContext db, Guid beneficiaryId, Guid episodeId, string entryCode, string week,
        decimal spentHours, string territory, Guid? exceptAssignment, CancellationToken cancellationToken)
    {
        var sameEntry = await db.Assignments.AsNoTracking()
            .Where(a => a.BeneficiaryId == beneficiaryId && a.EpisodeId == episodeId && a.EntryCode == entryCode && a.Status == AssignmentStatus.DONE
                && a.Id != exceptAssignment)
            .Select(a => new { a.Week, a.RealisedHours }).ToListAsync(cancellationToken);
        var thisWeek = sameEntry.Where(a => a.Week == week).ToList();
        return new ValuationQuery(entryCode, null, spentHours, thisWeek.Sum(a => a.RealisedHours ?? 0), thisWeek.Count,
            sameEntry.Sum(a => a.RealisedHours ?? 0), territory);
    }
}
