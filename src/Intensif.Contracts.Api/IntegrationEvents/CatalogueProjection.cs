using Intensif.Contracts.Api.Domain;
using Intensif.Contracts.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Contracts.Api.IntegrationEvents;

/// <summary>Applies the catalogue's events to <see cref="CatalogueEntryCopy"/>, in any order.</summary>
internal static class CatalogueProjection
{
    public static async Task PublishedAsync(ContractsDbContext db, string code, string label, string category, decimal forfaitHours,
        int? family, string? supervision, DateTimeOffset occurredAt, CancellationToken ct)
    {
        var copy = await db.CatalogueEntries.SingleOrDefaultAsync(c => c.Code == code, ct);
        if (copy is not null && copy.Version > 0) return;   // a later update already arrived
        if (copy is null) db.CatalogueEntries.Add(copy = new CatalogueEntryCopy { Code = code });
        copy.Label = label;
        copy.Category = category;
        copy.ForfaitHours = forfaitHours;
        copy.Family = family;
        copy.Supervision = Enum.TryParse<Supervision>(supervision, out var s) ? s : null;
        copy.UpdatedAt = occurredAt;
    }

    public static async Task UpdatedAsync(ContractsDbContext db, string code, int version, string label, string category, string? supervision,
        decimal? forfaitHours, int? family, DateTimeOffset occurredAt, CancellationToken ct)
    {
        var copy = await db.CatalogueEntries.SingleOrDefaultAsync(c => c.Code == code, ct);
        if (copy is not null && copy.Version >= version) return;
        if (copy is null) db.CatalogueEntries.Add(copy = new CatalogueEntryCopy { Code = code });
        copy.Label = label;
        copy.Category = category;
        copy.Supervision = Enum.TryParse<Supervision>(supervision, out var s) ? s : null;
        copy.ForfaitHours = forfaitHours;
        copy.Family = family;
        copy.Version = version;
        copy.UpdatedAt = occurredAt;
    }

    public static async Task ArchivedAsync(ContractsDbContext db, string code, int version, DateTimeOffset occurredAt, CancellationToken ct)
    {
        var copy = await db.CatalogueEntries.SingleOrDefaultAsync(c => c.Code == code, ct);
        if (copy is null) db.CatalogueEntries.Add(copy = new CatalogueEntryCopy { Code = code, Label = code });
        copy.Archived = true;
        copy.Version = Math.Max(copy.Version, version);
        copy.UpdatedAt = occurredAt;
    }
}
