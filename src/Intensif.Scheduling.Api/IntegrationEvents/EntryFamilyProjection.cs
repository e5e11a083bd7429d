using Intensif.Scheduling.Api.Domain;
using Intensif.Scheduling.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Scheduling.Api.IntegrationEvents;

/// <summary>Keeps the R.5411-15 family of each catalogue entry (SR-07), the newest description winning.</summary>
internal static class EntryFamilyProjection
{
    public static async Task DescribeAsync(SchedulingDbContext db, string entryCode, int? family, DateTimeOffset occurredAt,
        CancellationToken cancellationToken)
    {
        var code = entryCode.Trim().ToUpperInvariant();
        var entry = await db.Set<CatalogueEntryFamily>().SingleOrDefaultAsync(f => f.EntryCode == code, cancellationToken);
        if (entry is null)
        {
            entry = CatalogueEntryFamily.Unknown(code);
            db.Set<CatalogueEntryFamily>().Add(entry);
        }
        entry.Describe(family, occurredAt);
    }
}
