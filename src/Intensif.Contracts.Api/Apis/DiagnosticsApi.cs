using Intensif.Contracts.Api.Domain;
using Intensif.Contracts.Api.Extensions;
using Intensif.Contracts.Api.Infrastructure;
using Intensif.IntegrationEvents;
using Intensif.Messaging;
using Intensif.ServiceDefaults.Http;
using Intensif.ServiceDefaults.Identity;
using Intensif.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Contracts.Api.Apis;

/// <summary>The diagnostic global of a person, versioned (BR-31), with its barriers rated FORT / MOYEN / SANS_IMPACT.</summary>
public static class DiagnosticsApi
{
    public static IEndpointRouteBuilder MapDiagnosticsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/contracts/beneficiaries/{id:guid}/diagnostics").WithTags("Diagnostic global")
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy);
        api.MapPost("/", RecordAsync).WithResponseExample(StatusCodes.Status201Created, ApiExamples.DiagnosticRecorded).WithSummary("Record a new version of the diagnostic global; DiagnosticVersioned is published.")
            .WithIdempotency().WithRequestExample(ApiExamples.Diagnostic)
            .WithDescription("The whole diagnostic as it now stands: barriers by type (each once) rated FORT / MOYEN / SANS_IMPACT with a short free text (≤ 500 characters) that can be restricted; SANTE and JUSTICE texts are always restricted. Previous versions are kept. 409 codes: `barrier-duplicated`, `barrier-needs-description` (AUTRE), `diagnostic-older-than-previous`, `date-in-the-future`.")
            .RequireOrganismeStaff()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/", ListAsync).WithResponseExample(StatusCodes.Status200OK, ApiExamples.Diagnostics).WithSummary("Every version of the person's diagnostic, the latest last.")
            .WithDescription("A restricted free text is shown to its author and the person's référent only; others read the type and level (§2.2).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/current", CurrentAsync).WithResponseExample(StatusCodes.Status200OK, ApiExamples.DiagnosticRecorded).WithSummary("The latest version of the person's diagnostic.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static Task<Results<Created<DiagnosticResponse>, ProblemHttpResult>> RecordAsync(
        Guid id, RecordDiagnosticRequest request, ContractsDbContext db, IOutbox outbox, AuditTrail audit, CurrentUserAccessor caller,
        TimeProvider clock, CancellationToken ct)
    {
        var user = caller.User;
        return db.InTransactionAsync<Results<Created<DiagnosticResponse>, ProblemHttpResult>>(async () =>
        {
            var person = await db.Beneficiaries.VisibleTo(user).SingleOrDefaultAsync(b => b.Id == id, ct);
            if (person is null) return NotFound.Problem("beneficiary");
            var previous = await db.Diagnostics.Where(d => d.BeneficiaryId == id).OrderByDescending(d => d.Version).FirstOrDefaultAsync(ct);
            var now = clock.GetUtcNow();
            var diagnostic = Diagnostic.NextVersion(person, previous, request.ToDomain(clock.Today()), clock.Today(), now, user.Subject);
            db.Diagnostics.Add(diagnostic);
            audit.Record("diagnostic.versioned", "diagnostic", person.Id, person.OrganismeId,
                previous is null ? null : DiagnosticResponse.Audited(previous), DiagnosticResponse.Audited(diagnostic));
            outbox.Enqueue(new DiagnosticVersioned(Guid.CreateVersion7(now), now, diagnostic.Id, person.OrganismeId, person.Territory,
                person.PseudonymousId, diagnostic.Version, diagnostic.Date, diagnostic.Barriers.Select(b => $"{b.Type}:{b.Level}").ToArray(),
                diagnostic.TriggersReorientation), person.Id.ToString());
            return TypedResults.Created($"/api/contracts/beneficiaries/{id}/diagnostics/current", DiagnosticResponse.For(diagnostic, user.Subject, person.ReferentId));
        }, ct);
    }

    private static async Task<Results<Ok<DiagnosticResponse[]>, ProblemHttpResult>> ListAsync(
        Guid id, ContractsDbContext db, CurrentUserAccessor caller, CancellationToken ct)
    {
        var user = caller.User;
        var person = await db.Beneficiaries.VisibleTo(user).SingleOrDefaultAsync(b => b.Id == id, ct);
        if (person is null) return NotFound.Problem("beneficiary");
        var versions = await db.Diagnostics.Where(d => d.BeneficiaryId == id).OrderBy(d => d.Version).ToListAsync(ct);
        return TypedResults.Ok(versions.Select(d => DiagnosticResponse.For(d, user.Subject, person.ReferentId)).ToArray());
    }

    private static async Task<Results<Ok<DiagnosticResponse>, ProblemHttpResult>> CurrentAsync(
        Guid id, ContractsDbContext db, CurrentUserAccessor caller, CancellationToken ct)
    {
        var user = caller.User;
        var person = await db.Beneficiaries.VisibleTo(user).SingleOrDefaultAsync(b => b.Id == id, ct);
        if (person is null) return NotFound.Problem("beneficiary");
        var current = await db.Diagnostics.Where(d => d.BeneficiaryId == id).OrderByDescending(d => d.Version).FirstOrDefaultAsync(ct);
        return current is null ? NotFound.Problem("diagnostic") : TypedResults.Ok(DiagnosticResponse.For(current, user.Subject, person.ReferentId));
    }
}
