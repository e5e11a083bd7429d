using Intensif.Contracts.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Contracts.Api.Infrastructure;

public static class Policies
{
    /// <summary>The organisme's local policy, or the national rules when it has none.</summary>
    public static async Task<LocalPolicy> PolicyForAsync(this ContractsDbContext db, string organismeId, CancellationToken ct) =>
        (await db.OrganismePolicies.AsNoTracking().SingleOrDefaultAsync(p => p.OrganismeId == organismeId, ct))?.ToPolicy() ?? LocalPolicy.National;
}
