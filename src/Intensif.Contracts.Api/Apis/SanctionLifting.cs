using Intensif.Contracts.Api.Domain;
using Intensif.Contracts.Api.Infrastructure;
using Intensif.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Contracts.Api.Apis;

/// <summary>
/// BR-28 / SR-11: signing or updating the contract ends the person's running sanctions, in the same transaction as
/// the contract change, each with its SanctionLifted event. This is the only automatic step: it is favourable to the
/// person and the law attaches it to the contract, so no one has to decide it.
/// </summary>
public static class SanctionLifting
{
    public static async Task LiftRunningAsync(ContractsDbContext db, IOutbox outbox, AuditTrail audit, Beneficiary person, LiftReason reason,
        DateOnly on, DateTimeOffset now, string by, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var files = await db.BreachFiles.Where(f => f.BeneficiaryId == person.Id && f.Status == BreachFileStatus.SANCTIONED).ToListAsync(ct);
        foreach (var file in files.Where(f => f.IsRunning(today) && f.Measure != SanctionMeasure.RADIATION && f.DecisionDate <= on))
        {
            var before = BreachFileResponse.From(file);
            file.Lift(reason, on, today, now, by);
            audit.Record("sanction.lifted", "breach-file", file.Id, file.OrganismeId, before, BreachFileResponse.From(file));
            outbox.Enqueue(SanctionEvents.Lifted(file, person, now), person.Id.ToString());
        }
    }

    /// <summary>
    /// After <paramref name="liftedFileId"/> was lifted (compliance, or its decided end date passed), the contract
    /// suspended for sanctions resumes unless another sanction of the person still runs. Returns the resumed contract and
    /// its state before, for the caller's audit (a user's, or the platform's), or null when nothing resumes.
    /// </summary>
    public static async Task<(Contract Contract, ContractResponse Before)?> ResumeContractWhenNoneRunsAsync(ContractsDbContext db, IOutbox outbox,
        Beneficiary person, Guid liftedFileId, string reason, DateOnly today, DateTimeOffset now, string by, CancellationToken ct)
    {
        var othersRunning = (await db.BreachFiles.Where(f => f.BeneficiaryId == person.Id && f.Id != liftedFileId && f.Status == BreachFileStatus.SANCTIONED)
            .ToListAsync(ct)).Any(f => f.IsRunning(today));
        var contract = await db.Contracts.SingleOrDefaultAsync(c => c.BeneficiaryId == person.Id && c.Status == ContractStatus.SUSPENDED_SANCTION, ct);
        if (contract is null || othersRunning) return null;
        var before = ContractResponse.From(contract);
        var version = contract.Resume(reason, now, by);
        db.ContractVersions.Add(version);
        outbox.Enqueue(ContractEvents.Amended(contract, person, version, now), contract.Id.ToString());
        return (contract, before);
    }
}
