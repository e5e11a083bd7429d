using Intensif.ServiceDefaults.OpenApi;
using Intensif.Catalogue.Api.Domain;
using Intensif.Catalogue.Api.Infrastructure;
using Intensif.Catalogue.Api.Infrastructure.OpenData;
using Intensif.ServiceDefaults.Http;
using Intensif.ServiceDefaults.Identity;
using Intensif.ServiceDefaults.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Catalogue.Api.Apis;

/// <summary>data·inclusion v1 services imported as DRAFT entries, to be completed (hours, family…) before publication.</summary>
public static class OpenDataImportApi
{
    private const int MaxServices = 500;

    public static RouteGroupBuilder MapOpenDataImportApi(this RouteGroupBuilder api)
    {
        api.MapPost("/import", ImportAsync)
            .WithSummary("Import data·inclusion v1 services as draft activities.")
            .WithDescription("A JSON array (1–500) of data·inclusion v1 `service` objects. An operator imports national drafts, a manager local "
                + "drafts of their organisme. Each service becomes a DRAFT whose code is derived from the importer and the service id "
                + "(importing it again creates nothing). Family, dimension, supervision, valuation and proof type are left empty: SR-13 "
                + "refuses publication until they are completed. All or nothing: one invalid service is a 400 naming it by its index.")
            .RequireAuthorization(p => p.RequireClaim(PlatformClaims.Role, PlatformRoles.Manager, PlatformRoles.Operator))
            .WithIdempotency().WithRequestExample(ApiExamples.OpenDataServices).WithResponseExample(StatusCodes.Status200OK, ApiExamples.Imported)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<Results<Ok<ImportedService[]>, ValidationProblem, ProblemHttpResult>> ImportAsync(
        DataInclusionService[] services, CatalogueDbContext db, CatalogueJournal journal, CurrentUserAccessor caller, TimeProvider clock,
        CancellationToken ct)
    {
        var user = caller.User;
        var scope = user.IsPlatformOperator() ? EntryScope.NATIONAL : EntryScope.LOCAL;
        if (scope == EntryScope.LOCAL && !user.IsOrganismeManager())
            return Problems.Forbidden("Only platform operators and managers of an organisme import services.");
        if (services.Length is < 1 or > MaxServices)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [""] = [$"Between 1 and {MaxServices} services per import."] });

        var owner = scope == EntryScope.LOCAL ? user.Organisation : null;
        if (Array.FindIndex(services, s => s is null) is var missing and >= 0)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [$"[{missing}]"] = ["A service object, not null."] });
        var errors = new Dictionary<string, string[]>();
        var drafts = new List<(string Id, string Code, EntryDefinition Definition)>();
        for (var i = 0; i < services.Length; i++)
        {
            var service = services[i];
            var problems = DataInclusionImport.Errors(service);
            if (problems.Count == 0) problems = EntryRules.Validate(DataInclusionImport.ToDefinition(service));
            foreach (var (field, messages) in problems) errors[$"[{i}].{field}"] = messages;
            if (problems.Count == 0) drafts.Add((service.Id, DataInclusionImport.CodeFor(owner, service.Source, service.Id), DataInclusionImport.ToDefinition(service)));
        }
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var codes = drafts.Select(d => d.Code).ToArray();
        var existing = (await db.Entries.Where(e => codes.Contains(e.Code)).Select(e => e.Code).ToListAsync(ct)).ToHashSet();
        var now = clock.GetUtcNow();
        var report = new List<ImportedService>();
        foreach (var (id, code, definition) in drafts)
        {
            if (!existing.Add(code)) { report.Add(new(id, code, Created: false)); continue; }
            var entry = CatalogueEntry.Draft(code, definition, scope, owner, user.Subject, now);
            db.Entries.Add(entry);
            journal.Imported(entry, AuditActor.Of(user), now);
            report.Add(new(id, code, Created: true));
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The same services are being imported by another request: try again.");
        }
        return TypedResults.Ok(report.ToArray());
    }
}
