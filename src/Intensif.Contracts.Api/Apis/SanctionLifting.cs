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
}
