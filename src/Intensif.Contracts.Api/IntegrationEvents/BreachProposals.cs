using Intensif.Contracts.Api.Apis;
using Intensif.Contracts.Api.Domain;
using Intensif.Contracts.Api.Infrastructure;
using Intensif.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Contracts.Api.IntegrationEvents;

/// <summary>
/// Keeps Scheduling's facts per person and, when one crosses a threshold of <see cref="BreachThresholds"/>, proposes a
/// breach file authored by the platform with those facts as evidence (SR-11). It never decides anything (BR-30): the
/// référent and managers follow the procedure or dismiss the proposal. At most one open proposal of the platform per
/// contract; a person with no contract in force, or no benefit to sanction, gets none.
/// </summary>
internal static class BreachProposals
{
    /// <summary>
    /// Records the fact once per (person, kind, reference), a fact already known being left as it is, then proposes a
    /// file if the person's facts cross a threshold. The person's row is locked first, so two events of one person
    /// consumed at once are counted one after the other and neither misses the other's fact.
    /// </summary>
    public static async Task ApplyAsync(ContractsDbContext db, IOutbox outbox, TimeProvider clock, BreachSignal signal, CancellationToken ct)
    {
        var (pseudonymousId, organismeId) = (signal.PseudonymousBeneficiaryId, signal.OrganismeId);
        var person = await db.Beneficiaries
            .FromSql($"""SELECT * FROM beneficiaries WHERE "PseudonymousId" = {pseudonymousId} AND "OrganismeId" = {organismeId} FOR UPDATE""")
            .SingleOrDefaultAsync(ct);
        var known = await db.BreachSignals.AnyAsync(s => s.PseudonymousBeneficiaryId == pseudonymousId && s.Kind == signal.Kind
            && s.Reference == signal.Reference, ct);
        if (known) return;
        db.BreachSignals.Add(signal);
        if (person is null) return;
        var benefit = person.Receives(BenefitKind.RSA) ? BenefitKind.RSA
            : person.Receives(BenefitKind.ALLOCATION_CHOMAGE) ? BenefitKind.ALLOCATION_CHOMAGE : (BenefitKind?)null;
        if (benefit is null) return;
        var contractId = await db.Contracts.Where(c => c.BeneficiaryId == person.Id && Contract.InForce.Contains(c.Status))
            .Select(c => (Guid?)c.Id).SingleOrDefaultAsync(ct);
        if (contractId is null) return;
        if (await db.BreachFiles.AnyAsync(f => f.ContractId == contractId && f.ProposedBy == BreachFile.Platform && BreachFile.Open.Contains(f.Status), ct))
            return;

        var thresholds = (await db.PolicyForAsync(organismeId, ct)).Breach;
        // the fact just added is tracked, not yet saved
        var signals = (await db.BreachSignals.Where(s => s.PseudonymousBeneficiaryId == pseudonymousId).ToListAsync(ct)).Append(signal).ToArray();
        var (type, evidence) = thresholds.UnjustifiedMissedInterviews(signals) is { Count: > 0 } missed ? (BreachType.ASSIDUITE, missed)
            : (BreachType.PARTICIPATION_ACTIVE, thresholds.ConsecutiveWeeksFarBelowTarget(signals));
        if (evidence.Count == 0) return;

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var detectedOn = evidence.Max(s => s.On) is var last && last > today ? today : last;
        var file = BreachFile.Propose(person, contractId, benefit.Value, type, detectedOn, evidence.Select(s => s.ToEvidence()).ToArray(),
            today, now, BreachFile.Platform);
        foreach (var used in evidence) used.AttachTo(file.Id);
        db.BreachFiles.Add(file);
        AuditTrail.RecordAs(db, AuditActor.System(BreachFile.Platform, BreachFile.Platform), now, "breach-file.proposed-by-platform", "breach-file", file.Id, file.OrganismeId,
            null, BreachFileResponse.From(file));
        outbox.Enqueue(SanctionEvents.Opened(file, person, now), person.Id.ToString());
    }
}
