using Intensif.Partners.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Partners.Api.Infrastructure;

/// <summary>Serialises the changes of a structure's members, so two admins demoting each other never leave it without an admin.</summary>
public static class StructureLock
{
    public static Task<PartnerStructure?> LockStructureAsync(this PartnersDbContext db, Guid structureId, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null) throw new InvalidOperationException("The structure lock needs a transaction.");
        return db.Structures.FromSqlInterpolated($"""SELECT *, xmin FROM partner_structures WHERE "Id" = {structureId} FOR UPDATE""").SingleOrDefaultAsync(ct);
    }
}
