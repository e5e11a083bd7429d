using Intensif.Contracts.Api.Domain;
using Intensif.Contracts.Api.Infrastructure;
using Intensif.ServiceDefaults.Identity;
using Intensif.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Contracts.Api.Apis;

/// <summary>The caller's organisme's local parameters (§4.3): stricter than national only, changes audited.</summary>
public static class LocalPolicyApi
{
    public static IEndpointRouteBuilder MapLocalPolicyApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/contracts/local-policy").WithTags("Local policy")
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy).RequireOrganismeStaff();
        api.MapGet("/", GetAsync).WithResponseExample(StatusCodes.Status200OK, ApiExamples.NationalPolicy).WithSummary("The local policy in force for the caller's organisme (the national rules when none is set).");
        api.MapPut("/", SetAsync).WithRequestExample(ApiExamples.HeraultPolicy).WithResponseExample(StatusCodes.Status200OK, ApiExamples.HeraultPolicySet).WithSummary("A manager sets the organisme's local policy.")
            .WithDescription("Portfolio cap ≤ 50 (BR-14), intensive duration bounds within 1–12 months, default weekly target 15–35 h: a local policy can only tighten the national rules (BR-25); otherwise 400 or 409 `policy-looser-than-national`. Applies to episodes started or extended afterwards.")
            .RequireAuthorization(p => p.RequireClaim(PlatformClaims.Role, PlatformRoles.Manager))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Ok<LocalPolicyResponse>> GetAsync(ContractsDbContext db, CurrentUserAccessor caller, CancellationToken ct)
    {
        var organisme = caller.User.Organisation;
        var stored = await db.OrganismePolicies.AsNoTracking().SingleOrDefaultAsync(p => p.OrganismeId == organisme, ct);
        return TypedResults.Ok(LocalPolicyResponse.From(organisme, stored is null, stored?.ToPolicy() ?? LocalPolicy.National));
    }

    private static Task<Ok<LocalPolicyResponse>> SetAsync(
        LocalPolicyRequest request, ContractsDbContext db, AuditTrail audit, CurrentUserAccessor caller, TimeProvider clock, CancellationToken ct)
    {
        var user = caller.User;
        var policy = LocalPolicy.Tighten(request.CapacityIntensive!.Value, request.IntensiveDurationMinMonths!.Value,
            request.IntensiveDurationMaxMonths!.Value, request.TargetWeeklyHoursDefault!.Value,
            request.EarlyWorkSituationDeadlineWeeks ?? LocalPolicy.NationalEarlyWorkWeeks, request.AccompaniedShareMinPercent ?? LocalPolicy.NationalAccompaniedShareMin) with
        {
            Breach = BreachThresholds.Tighten(request.BreachMissedInterviews ?? BreachThresholds.NationalMissedInterviews,
                request.BreachWindowDays ?? BreachThresholds.NationalWindowDays, request.BreachWeeksFarBelowTarget ?? BreachThresholds.NationalWeeksFarBelowTarget),
        };
        return db.InTransactionAsync(async () =>
        {
            var stored = await db.OrganismePolicies.SingleOrDefaultAsync(p => p.OrganismeId == user.Organisation, ct);
            var before = stored is null ? null : LocalPolicyResponse.From(user.Organisation, false, stored.ToPolicy());
            if (stored is null) db.OrganismePolicies.Add(stored = new OrganismePolicy { OrganismeId = user.Organisation });
            stored.CapacityIntensive = policy.CapacityIntensive;
            stored.IntensiveDurationMinMonths = policy.IntensiveDurationMinMonths;
            stored.IntensiveDurationMaxMonths = policy.IntensiveDurationMaxMonths;
            stored.TargetWeeklyHoursDefault = policy.TargetWeeklyHoursDefault;
            stored.EarlyWorkSituationDeadlineWeeks = policy.EarlyWorkSituationDeadlineWeeks;
            stored.AccompaniedShareMinPercent = policy.AccompaniedShareMinPercent;
            stored.BreachMissedInterviews = policy.Breach.MissedInterviews;
            stored.BreachWindowDays = policy.Breach.WindowDays;
            stored.BreachWeeksFarBelowTarget = policy.Breach.WeeksFarBelowTarget;
            stored.UpdatedAt = clock.GetUtcNow();
            stored.UpdatedBy = user.Subject;
            var after = LocalPolicyResponse.From(user.Organisation, false, policy);
            audit.Record("local-policy.set", "local-policy", Guid.Empty, user.Organisation, before, after);
            return TypedResults.Ok(after);
        }, ct);
    }
}
