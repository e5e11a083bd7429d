using Intensif.Catalogue.Api.Apis;
using Intensif.Catalogue.Api.Domain;
using Intensif.IntegrationEvents;
using Intensif.Messaging;

namespace Intensif.Catalogue.Api.Infrastructure;

/// <summary>
/// Every write of the catalogue goes through here: an entry of the shared audit (before/after; for an entry, with the
/// version it produced, so the audit is also the entry's version history) and the integration event, both joining the
/// caller's SaveChanges. An entry's audit is its Stream (the code), read in write order.
/// </summary>
public sealed class CatalogueJournal(AuditTrail audit, IOutbox outbox)
{
    public const string EntryType = "entry";
    public const string LocalValuationType = "local-valuation";

    public static string Snapshot(CatalogueEntry entry) => Snapshot(EntryResponse.From(entry));

    public static string Snapshot(object value) => AuditTrail.Snapshot(value)!;

    public void Created(CatalogueEntry entry, AuditActor actor, DateTimeOffset now) =>
        Record("entry.created", entry, null, actor, now);

    /// <summary>A partner proposed an entry for its structure: a draft awaiting a manager's validation.</summary>
    public void Proposed(CatalogueEntry entry, AuditActor actor, DateTimeOffset now) =>
        Record("proposal.submitted", entry, null, actor, now);

    /// <summary>A manager validated a partner's proposal: it is published, like any publication.</summary>
    public void Validated(CatalogueEntry entry, string before, AuditActor actor, DateTimeOffset now)
    {
        Record("proposal.validated", entry, before, actor, now);
        EnqueuePublished(entry, now);
    }

    /// <summary>A manager rejected a partner's proposal (a draft: nobody outside the catalogue is told).</summary>
    public void Rejected(CatalogueEntry entry, string before, AuditActor actor, DateTimeOffset now) =>
        Record("proposal.rejected", entry, before, actor, now);

    /// <summary>A draft made from a data·inclusion service (POST /api/catalogue/open-data/import).</summary>
    public void Imported(CatalogueEntry entry, AuditActor actor, DateTimeOffset now) =>
        Record("entry.imported", entry, null, actor, now);

    public void Revised(CatalogueEntry entry, string before, AuditActor actor, DateTimeOffset now)
    {
        Record("entry.revised", entry, before, actor, now);
        if (entry.Status != EntryStatus.PUBLISHED) return;   // drafts concern nobody outside the catalogue
        var v = entry.Valuation;
        outbox.Enqueue(new CatalogueEntryUpdated(Guid.CreateVersion7(now), now, entry.Code, entry.Version, entry.Scope.ToString(),
            entry.OwnerOrganisation, entry.Label, entry.Category, entry.Supervision?.ToString(), v?.Method.ToString(), v?.ForfaitHours,
            v?.MaxHoursPerWeek, v?.MaxOccurrencesPerWeek, v?.MaxTotalHours, entry.CountsTowardWeeklyHours)
        {
            Family = entry.Family,
            HourlyCosts = HourlyCostsOf(entry),
            Funding = [.. entry.Funding],
        }, entry.Code);
    }

    /// <summary>A national entry of the seed joined the catalogue, published (domain reference §6).</summary>
    public void Seeded(CatalogueEntry entry, DateTimeOffset now)
    {
        Record("entry.seeded", entry, null, AuditActor.System(entry.CreatedBy, "platform"), now);
        EnqueuePublished(entry, now);
    }

    public void Published(CatalogueEntry entry, string before, AuditActor actor, DateTimeOffset now)
    {
        Record("entry.published", entry, before, actor, now);
        EnqueuePublished(entry, now);
    }

    private void EnqueuePublished(CatalogueEntry entry, DateTimeOffset now)
    {
        // the existing contract: ForfaitHours is the forfait, or the weekly cap for capped real time
        var hours = entry.ForfaitHours ?? entry.MaxHoursPerWeek ?? 0m;
        outbox.Enqueue(new CatalogueEntryPublished(Guid.CreateVersion7(now), now, entry.Code, entry.Label, entry.Category, hours)
        {
            Family = entry.Family,
            Supervision = entry.Supervision?.ToString(),
            Version = entry.Version,
            HourlyCosts = HourlyCostsOf(entry),
            Funding = [.. entry.Funding],
        }, entry.Code);
    }

    /// <summary>What costing (Indicators) needs: the hourly cost of each validity period.</summary>
    private static ActivityHourlyCost[] HourlyCostsOf(CatalogueEntry entry) =>
        [.. entry.HourlyCosts.Select(c => new ActivityHourlyCost(c.EurosPerHour, c.ValidFrom, c.ValidTo))];

    public void Archived(CatalogueEntry entry, string before, AuditActor actor, DateTimeOffset now)
    {
        Record("entry.archived", entry, before, actor, now);
        outbox.Enqueue(new CatalogueEntryArchived(Guid.CreateVersion7(now), now, entry.Code, entry.Version, entry.Scope.ToString(),
            entry.OwnerOrganisation), entry.Code);
    }

    public void LocalValuationSet(LocalValuation local, string? before, AuditActor actor, DateTimeOffset now) =>
        audit.RecordJson(actor, now, "local-valuation.set", LocalValuationType, local.Id, local.EntryCode, before,
            Snapshot(LocalValuationResponse.From(local)));

    private void Record(string action, CatalogueEntry entry, string? before, AuditActor actor, DateTimeOffset now) =>
        audit.RecordJson(actor, now, action, EntryType, entry.Id, entry.Code, before, Snapshot(entry), entry.Version);
}
