using Intensif.Contracts.Api.Domain;
using Intensif.Contracts.Api.Infrastructure;
using Intensif.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Contracts.Api.Apis;

/// <summary>
/// A sanction whose decided end date (<see cref="BreachFile.SanctionEndsOn"/>) has passed ends by itself: it is lifted
/// as ENDED on that date by the platform, SanctionLifted is published, and the contract resumes from its sanction
/// suspension when no other sanction of the person runs. Audited with the actor "platform".
/// </summary>
public sealed class SanctionEnding(ContractsDbContext db, IOutbox outbox, TimeProvider clock)
{
    /// <summary>Ends every sanction that has run its length; returns how many.</summary>
    public Task<int> EndDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return db.InTransactionAsync(async () =>
        {
            var due = await db.BreachFiles.Where(f => f.Status == BreachFileStatus.SANCTIONED && f.SanctionEndsOn <= today).ToListAsync(ct);
            foreach (var file in due.Where(f => f.HasRunItsLength(today)))
            {
                var person = await db.Beneficiaries.SingleAsync(b => b.Id == file.BeneficiaryId, ct);
                var before = BreachFileResponse.From(file);
                file.Lift(LiftReason.ENDED, file.SanctionEndsOn!.Value, today, now, BreachFile.Platform);
                AuditTrail.RecordAs(db, AuditActor.System(BreachFile.Platform, BreachFile.Platform), now, "sanction.lifted", "breach-file", file.Id, file.OrganismeId, before, BreachFileResponse.From(file));
                outbox.Enqueue(SanctionEvents.Lifted(file, person, now), person.Id.ToString());
                if (await SanctionLifting.ResumeContractWhenNoneRunsAsync(db, outbox, person, file.Id, "Sanction ended", today, now, BreachFile.Platform, ct)
                    is ({ } contract, { } contractBefore))
                    AuditTrail.RecordAs(db, AuditActor.System(BreachFile.Platform, BreachFile.Platform), now, "contract.resumed", "contract", contract.Id, contract.OrganismeId, contractBefore,
                        ContractResponse.From(contract));
            }
            return due.Count;
        }, ct);
    }
}
