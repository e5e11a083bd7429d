using Intensif.Contracts.Api.Domain;
using Intensif.Contracts.Api.Extensions;
using Intensif.Contracts.Api.Infrastructure;
using Intensif.Messaging;
using Intensif.ServiceDefaults.Http;
using Intensif.ServiceDefaults.Identity;
using Intensif.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Contracts.Api.Apis;

/// <summary>Orientation decisions, their clocks (BR-09, BR-10) and the list of overdue contracts (SR-08).</summary>
public static class OrientationsApi
{
    public static IEndpointRouteBuilder MapOrientationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/contracts").WithTags("Orientation")
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy);
        api.MapPost("/beneficiaries/{id:guid}/orientations", RecordAsync).WithSummary("Record the orientation decision of a person (parcours, organisme référent, notification).")
            .WithIdempotency().WithRequestExample(ApiExamples.Orientation).WithResponseExample(StatusCodes.Status201Created, ApiExamples.OrientationRecorded)
            .WithDescription("The notification date starts the one-month contract clock (BR-09): `contractDeadline` = notification + 1 month. A second orientation is a réorientation (reason required) that replaces the current one and restarts the clock. Publishes OrientationDecided. For RSA, `rsaRequestDate` gives the 6-week orientation deadline (BR-10) and whether the decision came late. 409 codes: `date-in-the-future`, `notification-before-decision`, `reorientation-reason-required`, `orientation-older-than-current`, `rsa-request-date-without-rsa`, `decision-before-rsa-request`.")
            .RequireOrganismeStaff()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/beneficiaries/{id:guid}/orientations", ListAsync).WithResponseExample(StatusCodes.Status200OK, ApiExamples.Orientations).WithSummary("The orientations of a person, the current one last, with their clocks.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/overdue", OverdueAsync).WithResponseExample(StatusCodes.Status200OK, ApiExamples.OverdueContracts).WithSummary("People whose contract is past the one-month deadline of their orientation (SR-08).")
            .WithDescription("A référent sees the people they follow, a manager the whole organisme. Overdue: no contract signed or amended since the notification of the current orientation, and today later than its deadline; most overdue first.");
        return app;
    }

    private static Task<Results<Created<OrientationResponse>, ProblemHttpResult>> RecordAsync(
        Guid id, RecordOrientationRequest request, ContractsDbContext db, IOutbox outbox, AuditTrail audit, CurrentUserAccessor caller, TimeProvider clock,
        CancellationToken ct)
    {
        var user = caller.User;
        return db.InTransactionAsync<Results<Created<OrientationResponse>, ProblemHttpResult>>(async () =>
        {
            var person = await db.Beneficiaries.VisibleTo(user).SingleOrDefaultAsync(b => b.Id == id, ct);
            if (person is null) return NotFound.Problem("beneficiary");
            var current = person.CurrentOrientationId is { } currentId ? await db.Orientations.SingleAsync(o => o.Id == currentId, ct) : null;
            var decision = new OrientationDecision(request.DecidedBy!.Value, request.DecisionDate!.Value, request.NotificationDate!.Value,
                request.Parcours!.Value, request.OrganismeReferentId?.Trim() ?? user.Organisation, request.Reason, request.RsaRequestDate);
            var now = clock.GetUtcNow();
            var orientation = Orientation.Decide(person, current, decision, clock.Today(), now, user.Subject);
            db.Orientations.Add(orientation);
            audit.Record("orientation.recorded", "orientation", orientation.Id, person.OrganismeId,
                current is null ? null : OrientationResponse.From(current), OrientationResponse.From(orientation));
            outbox.Enqueue(ContractEvents.OrientationDecided(orientation, person, now), person.Id.ToString());
            return TypedResults.Created($"/api/contracts/beneficiaries/{id}/orientations", OrientationResponse.From(orientation));
        }, ct);
    }

    private static async Task<Results<Ok<OrientationResponse[]>, ProblemHttpResult>> ListAsync(
        Guid id, ContractsDbContext db, CurrentUserAccessor caller, CancellationToken ct)
    {
        if (!await db.Beneficiaries.VisibleTo(caller.User).AnyAsync(b => b.Id == id, ct)) return NotFound.Problem("beneficiary");
        var orientations = await db.Orientations.Where(o => o.BeneficiaryId == id).OrderBy(o => o.RecordedAt).ToListAsync(ct);
        return TypedResults.Ok(orientations.Select(OrientationResponse.From).ToArray());
    }

    private static async Task<Ok<OverdueContractResponse[]>> OverdueAsync(
        ContractsDbContext db, CurrentUserAccessor caller, TimeProvider clock, CancellationToken ct)
    {
        var today = clock.Today();
        var candidates = await (
            from b in db.Beneficiaries.VisibleTo(caller.User)
            join o in db.Orientations on b.CurrentOrientationId equals o.Id
            where o.ContractDeadline < today
            select new { b.Id, b.ReferentId, Orientation = o }).ToListAsync(ct);
        var ids = candidates.Select(c => c.Id).ToArray();
        var signed = await db.Contracts.Where(c => ids.Contains(c.BeneficiaryId) && c.SignedOn != null)
            .Select(c => new { c.BeneficiaryId, On = c.SignedOn!.Value }).ToListAsync(ct);
        var amended = await (
            from v in db.ContractVersions
            join c in db.Contracts on v.ContractId equals c.Id
            where ids.Contains(c.BeneficiaryId) && v.Change == ContractChange.AMENDED
            select new { c.BeneficiaryId, v.RecordedAt }).ToListAsync(ct);
        var answers = signed.Select(s => (s.BeneficiaryId, s.On))
            .Concat(amended.Select(a => (a.BeneficiaryId, On: DateOnly.FromDateTime(a.RecordedAt.UtcDateTime))))
            .ToLookup(a => a.BeneficiaryId, a => a.On);
        var overdue = candidates
            .Select(c => (c, Days: ContractClock.DaysOverdue(c.Orientation.NotificationDate, answers[c.Id], today)))
            .Where(x => x.Days is not null)
            .OrderByDescending(x => x.Days)
            .Select(x => new OverdueContractResponse(x.c.Id, x.c.ReferentId, x.c.Orientation.Id, x.c.Orientation.Parcours,
                x.c.Orientation.NotificationDate, x.c.Orientation.ContractDeadline, x.Days!.Value))
            .ToArray();
        return TypedResults.Ok(overdue);
    }
}
