using Intensif.Contracts.Api.Domain;
using Intensif.Contracts.Api.Infrastructure;
using Intensif.ServiceDefaults.Http;
using Intensif.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Contracts.Api.Apis;

/// <summary>Loading what a write on a contract needs, within the caller's scope.</summary>
public static class ContractWrites
{
    public sealed record Target(Contract Contract, Beneficiary Beneficiary);

    public static async Task<Target?> LoadAsync(ContractsDbContext db, CurrentUser user, Guid contractId, CancellationToken ct)
    {
        var contract = await db.Contracts.VisibleTo(user).SingleOrDefaultAsync(c => c.Id == contractId, ct);
        if (contract is null) return null;
        var beneficiary = await db.Beneficiaries.SingleAsync(b => b.Id == contract.BeneficiaryId, ct);
        return new(contract, beneficiary);
    }

    /// <summary>The person's orientation in force (§3.1 currentReferralId), if one is recorded.</summary>
    public static async Task<Orientation?> OrientationInForceAsync(this ContractsDbContext db, Beneficiary person, CancellationToken ct) =>
        person.CurrentOrientationId is { } id ? await db.Orientations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, ct) : null;

    public static Task<bool> HasActiveEpisodeAsync(this ContractsDbContext db, Guid contractId, CancellationToken ct) =>
        db.IntensiveEpisodes.AnyAsync(e => e.ContractId == contractId && e.Status == EpisodeStatus.ACTIVE, ct);

    /// <summary>A successful write answers the contract's new revision as its ETag (docs/http-conventions.md).</summary>
    public static Results<Ok<ContractResponse>, ProblemHttpResult> Tagged(HttpContext http, Results<Ok<ContractResponse>, ProblemHttpResult> result)
    {
        if (result.Result is Ok<ContractResponse> ok) http.SetETag(ok.Value!.Version);
        return result;
    }

    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Référents and managers of an organisme write here; partners, pilots and operators do not (403).</summary>
    public static TBuilder RequireOrganismeStaff<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(p => p.RequireClaim(PlatformClaims.OrganisationKind, PlatformRoles.KindOrganisme)
            .RequireClaim(PlatformClaims.Role, PlatformRoles.Referent, PlatformRoles.Manager));
}
