using Intensif.Contracts.Api.Domain;
using Intensif.Contracts.Api.Extensions;
using Intensif.Contracts.Api.Infrastructure;
using Intensif.Messaging;
using Intensif.ServiceDefaults.Http;
using Intensif.ServiceDefaults.Identity;
using Intensif.ServiceDefaults.OpenApi;
using Intensif.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Contracts.Api.Apis;

/// <summary>Breach files and sanctions (§3.16, SR-11): proposed, observations, EP opinion, decision within bounds, lifting.</summary>
public static class BreachFilesApi
{
    public static IEndpointRouteBuilder MapBreachFilesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/contracts/beneficiaries/{id:guid}/breach-files").WithTags("Manquements et sanctions")
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy);
        api.MapPost("/", OpenAsync).WithResponseExample(StatusCodes.Status201Created, ApiExamples.BreachFileProposed).WithSummary("Propose a breach file with its evidence; BreachFileOpened is published.")
            .WithIdempotency().WithRequestExample(ApiExamples.OpenBreachFile)
            .WithDescription("The platform only proposes (SR-11): nothing is decided. The benefit (RSA or ALLOCATION_CHOMAGE) must be one the person receives. 409 codes: `evidence-required`, `benefit-not-received`, `date-in-the-future`.")
            .RequireOrganismeStaff()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/", ListAsync).WithResponseExample(StatusCodes.Status200OK, ApiExamples.BreachFiles).WithSummary("The breach files of a person, the latest first.").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{fileId:guid}", GetAsync).WithResponseExample(StatusCodes.Status200OK, ApiExamples.BreachFileProposed).WithSummary("A breach file with its procedure.").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/{fileId:guid}/observations-invitation", InviteAsync).WithRequestExample(ApiExamples.Invitation).WithResponseExample(StatusCodes.Status200OK, ApiExamples.ObservationsInvited).WithSummary("Record that the person was invited to present observations (BR-30).")
            .RequireOrganismeStaff().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{fileId:guid}/dismissal", DismissAsync).WithRequestExample(ApiExamples.Dismissal).WithResponseExample(StatusCodes.Status200OK, ApiExamples.BreachFileDismissed).WithSummary("Dismiss a proposed breach file, saying why; nothing is sanctioned.")
            .WithDescription("A proposal (the platform's or a person's) is only a proposal (SR-11, BR-30): the référent or a manager may dismiss it before the person is invited to present observations. 409 codes: `invalid-breach-file-transition` once the procedure has started, `dismissal-reason-required`.")
            .RequireOrganismeStaff().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{fileId:guid}/observations", ObservationsAsync).WithRequestExample(ApiExamples.Observations).WithResponseExample(StatusCodes.Status200OK, ApiExamples.ObservationsReceived).WithSummary("Record the person's observations and whether they claim a motif légitime.")
            .RequireOrganismeStaff().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{fileId:guid}/ep-opinion", EpOpinionAsync).WithRequestExample(ApiExamples.EpOpinionGiven).WithResponseExample(StatusCodes.Status200OK, ApiExamples.EpOpinionRecorded).WithSummary("Record the équipe pluridisciplinaire's opinion (RSA only).")
            .WithDescription("409 `ep-opinion-rsa-only` for an allowance file.")
            .RequireOrganismeStaff().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{fileId:guid}/decision", DecideAsync).WithResponseExample(StatusCodes.Status200OK, ApiExamples.SanctionDecided).WithSummary("Record the competent authority's decision (managers); SanctionDecided is published for a sanction.")
            .WithRequestExample(ApiExamples.RsaDecision)
            .WithDescription("Checked, never made, by the platform (BR-30): observations invited first (`observations-step-missing`), the EP's opinion for RSA (`ep-opinion-missing`), PCD for RSA and FRANCE_TRAVAIL for allowances (`decision-authority-mismatch`); the rank is FIRST or REPEATED from the person's earlier sanctions; the bounds of BR-27…BR-29: `sanction-rate-out-of-bounds` (≥ 30 %), `sanction-duration-out-of-bounds` (1–2 months first, ≤ 4 repeated), `sanction-measure-not-allowed`, `sanction-household-cap` (≤ 50 % for RSA households of more than one person or single parents). A sanction suspends the contract in force (SUSPENDED_SANCTION).")
            .RequireAuthorization(p => p.RequireClaim(PlatformClaims.Role, PlatformRoles.Manager).RequireClaim(PlatformClaims.OrganisationKind, PlatformRoles.KindOrganisme))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{fileId:guid}/lifting", LiftAsync).WithRequestExample(ApiExamples.Compliance).WithResponseExample(StatusCodes.Status200OK, ApiExamples.SanctionLifted).WithSummary("Lift a sanction because the person complied; SanctionLifted is published.")
            .WithDescription("Signing or amending the contract lifts running sanctions by itself (BR-28). Suspended sums are repaid, suppressed ones are not (BR-30); a radiation is not lifted (`radiation-not-liftable`). The contract resumes when no other sanction runs.")
            .RequireOrganismeStaff().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static Task<Results<Created<BreachFileResponse>, ProblemHttpResult>> OpenAsync(
        Guid id, OpenBreachFileRequest request, ContractsDbContext db, IOutbox outbox, AuditTrail audit, CurrentUserAccessor caller,
        TimeProvider clock, CancellationToken ct)
    {
        var user = caller.User;
        return db.InTransactionAsync<Results<Created<BreachFileResponse>, ProblemHttpResult>>(async () =>
        {
            var person = await db.Beneficiaries.VisibleTo(user).SingleOrDefaultAsync(b => b.Id == id, ct);
            if (person is null) return NotFound.Problem("beneficiary");
            var contractId = await db.Contracts.Where(c => c.BeneficiaryId == id && Contract.InForce.Contains(c.Status)).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(ct);
            var now = clock.GetUtcNow();
            var file = BreachFile.Propose(person, contractId, request.Benefit!.Value, request.BreachType!.Value, request.DetectedOn ?? clock.Today(),
                request.Evidence!.Select(e => e.ToDomain()).ToArray(), clock.Today(), now, user.Subject);
            db.BreachFiles.Add(file);
            audit.Record("breach-file.opened", "breach-file", file.Id, file.OrganismeId, null, BreachFileResponse.From(file));
            outbox.Enqueue(SanctionEvents.Opened(file, person, now), person.Id.ToString());
            return TypedResults.Created($"/api/contracts/beneficiaries/{id}/breach-files/{file.Id}", BreachFileResponse.From(file));
        }, ct);
    }

    private static async Task<Results<Ok<BreachFileResponse[]>, ProblemHttpResult>> ListAsync(
        Guid id, ContractsDbContext db, CurrentUserAccessor caller, CancellationToken ct)
    {
        if (!await db.Beneficiaries.VisibleTo(caller.User).AnyAsync(b => b.Id == id, ct)) return NotFound.Problem("beneficiary");
        var files = await db.BreachFiles.Where(f => f.BeneficiaryId == id).OrderByDescending(f => f.ProposedAt).ToListAsync(ct);
        return TypedResults.Ok(files.Select(BreachFileResponse.From).ToArray());
    }

    private static async Task<Results<Ok<BreachFileResponse>, ProblemHttpResult>> GetAsync(
        Guid id, Guid fileId, ContractsDbContext db, CurrentUserAccessor caller, CancellationToken ct)
    {
        if (!await db.Beneficiaries.VisibleTo(caller.User).AnyAsync(b => b.Id == id, ct)) return NotFound.Problem("beneficiary");
        var file = await db.BreachFiles.SingleOrDefaultAsync(f => f.Id == fileId && f.BeneficiaryId == id, ct);
        return file is null ? NotFound.Problem("breach file") : TypedResults.Ok(BreachFileResponse.From(file));
    }

    private static Task<Results<Ok<BreachFileResponse>, ProblemHttpResult>> InviteAsync(
        Guid id, Guid fileId, BreachStepRequest request, ContractsDbContext db, AuditTrail audit, CurrentUserAccessor caller,
        TimeProvider clock, CancellationToken ct) =>
        StepAsync(id, fileId, db, audit, caller, clock, "breach-file.observations-invited",
            (file, _, now, by) => { file.InviteObservations(request.On ?? clock.Today(), clock.Today(), now, by); return Task.CompletedTask; }, ct);

    private static Task<Results<Ok<BreachFileResponse>, ProblemHttpResult>> DismissAsync(
        Guid id, Guid fileId, BreachDismissalRequest request, ContractsDbContext db, AuditTrail audit, CurrentUserAccessor caller,
        TimeProvider clock, CancellationToken ct) =>
        StepAsync(id, fileId, db, audit, caller, clock, "breach-file.dismissed",
            (file, _, now, by) => { file.Dismiss(request.Reason ?? "", now, by); return Task.CompletedTask; }, ct);

    private static Task<Results<Ok<BreachFileResponse>, ProblemHttpResult>> ObservationsAsync(
        Guid id, Guid fileId, BreachStepRequest request, ContractsDbContext db, AuditTrail audit, CurrentUserAccessor caller,
        TimeProvider clock, CancellationToken ct) =>
        StepAsync(id, fileId, db, audit, caller, clock, "breach-file.observations-recorded", (file, _, now, by) =>
        {
            file.RecordObservations(request.On ?? clock.Today(), request.LegitimateReasonClaimed, request.Summary, clock.Today(), now, by);
            return Task.CompletedTask;
        }, ct);

    private static Task<Results<Ok<BreachFileResponse>, ProblemHttpResult>> EpOpinionAsync(
        Guid id, Guid fileId, BreachStepRequest request, ContractsDbContext db, AuditTrail audit, CurrentUserAccessor caller,
        TimeProvider clock, CancellationToken ct) =>
        StepAsync(id, fileId, db, audit, caller, clock, "breach-file.ep-opinion-recorded", (file, _, now, by) =>
        {
            if (request.Opinion is not { } opinion)
                throw new RuleViolationException("opinion-required", "Give the équipe pluridisciplinaire's opinion.");
            file.RecordEpOpinion(opinion, request.On ?? clock.Today(), clock.Today(), now, by);
            return Task.CompletedTask;
        }, ct);

    private static Task<Results<Ok<BreachFileResponse>, ProblemHttpResult>> DecideAsync(
        Guid id, Guid fileId, BreachDecisionRequest request, ContractsDbContext db, IOutbox outbox, AuditTrail audit, CurrentUserAccessor caller,
        TimeProvider clock, CancellationToken ct) =>
        StepAsync(id, fileId, db, audit, caller, clock, "breach-file.decided", async (file, person, now, by) =>
        {
            var date = request.DecisionDate ?? clock.Today();
            if (request.Sanction == false)
            {
                if (string.IsNullOrWhiteSpace(request.NoSanctionReason))
                    throw new RuleViolationException("no-sanction-reason-required", "Say why no sanction is decided (e.g. motif légitime).");
                file.DecideNoSanction(request.Authority!.Value, date, request.NoSanctionReason, clock.Today(), now, by);
                return;
            }
            if (request is not { Measure: { } measure, RatePercent: { } rate, DurationMonths: { } months })
                throw new RuleViolationException("sanction-incomplete", "A sanction states its measure, rate and duration.");
            var earlier = await db.BreachFiles.CountAsync(f => f.BeneficiaryId == person.Id && f.Id != file.Id
                && (f.Status == BreachFileStatus.SANCTIONED || f.Status == BreachFileStatus.LIFTED), ct);
            file.Decide(new SanctionDecision(request.Authority!.Value, date, measure, rate, months), earlier, person.RsaHousehold, clock.Today(), now, by);
            outbox.Enqueue(SanctionEvents.Decided(file, person, now), person.Id.ToString());
            // the allowance side of the contract in force is suspended (BR-27, BR-28)
            var contract = await db.Contracts.SingleOrDefaultAsync(c => c.BeneficiaryId == person.Id
                && (c.Status == ContractStatus.SIGNED || c.Status == ContractStatus.ACTIVE), ct);
            if (contract is not null)
                await ContractChangeAsync(db, outbox, audit, contract, person, c => c.Suspend($"Sanction {file.Id}", now, by), now, ct);
        }, ct);

    private static Task<Results<Ok<BreachFileResponse>, ProblemHttpResult>> LiftAsync(
        Guid id, Guid fileId, BreachStepRequest request, ContractsDbContext db, IOutbox outbox, AuditTrail audit, CurrentUserAccessor caller,
        TimeProvider clock, CancellationToken ct) =>
        StepAsync(id, fileId, db, audit, caller, clock, "sanction.lifted", async (file, person, now, by) =>
        {
            file.Lift(LiftReason.COMPLIANCE, request.On ?? clock.Today(), clock.Today(), now, by);
            outbox.Enqueue(SanctionEvents.Lifted(file, person, now), person.Id.ToString());
            if (await SanctionLifting.ResumeContractWhenNoneRunsAsync(db, outbox, person, file.Id, "Compliance recorded", clock.Today(), now, by, ct)
                is ({ } contract, { } contractBefore))
                audit.Record("contract.resumed", "contract", contract.Id, contract.OrganismeId, contractBefore, ContractResponse.From(contract));
        }, ct);

    private static Task ContractChangeAsync(ContractsDbContext db, IOutbox outbox, AuditTrail audit, Contract contract, Beneficiary person,
        Func<Contract, ContractVersion> change, DateTimeOffset now, CancellationToken ct)
    {
        var before = ContractResponse.From(contract);
        var version = change(contract);
        db.ContractVersions.Add(version);
        audit.Record(version.Change == ContractChange.SUSPENDED ? "contract.suspended" : "contract.resumed", "contract", contract.Id,
            contract.OrganismeId, before, ContractResponse.From(contract));
        outbox.Enqueue(ContractEvents.Amended(contract, person, version, now), contract.Id.ToString());
        return Task.CompletedTask;
    }

    /// <summary>One step of a file within the caller's scope, audited with the file before and after, in one transaction.</summary>
    private static Task<Results<Ok<BreachFileResponse>, ProblemHttpResult>> StepAsync(
        Guid id, Guid fileId, ContractsDbContext db, AuditTrail audit, CurrentUserAccessor caller, TimeProvider clock, string action,
        Func<BreachFile, Beneficiary, DateTimeOffset, string, Task> step, CancellationToken ct)
    {
        var user = caller.User;
        return db.InTransactionAsync<Results<Ok<BreachFileResponse>, ProblemHttpResult>>(async () =>
        {
            var person = await db.Beneficiaries.VisibleTo(user).SingleOrDefaultAsync(b => b.Id == id, ct);
            if (person is null) return NotFound.Problem("beneficiary");
            var file = await db.BreachFiles.SingleOrDefaultAsync(f => f.Id == fileId && f.BeneficiaryId == id, ct);
            if (file is null) return NotFound.Problem("breach file");
            var before = BreachFileResponse.From(file);
            await step(file, person, clock.GetUtcNow(), user.Subject);
            audit.Record(action, "breach-file", file.Id, file.OrganismeId, before, BreachFileResponse.From(file));
            return TypedResults.Ok(BreachFileResponse.From(file));
        }, ct);
    }
}
