using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Indicators.Api.Domain;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.IntegrationEvents;
using Intensif.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Intensif.Indicators.Tests.EventHistory;

namespace Intensif.Indicators.Tests;

/// <summary>
/// The projections are rebuildable: the figures computed live from an event history (with redeliveries) are the
/// figures obtained by emptying the tables and replaying the whole history in another order, every event twice.
/// </summary>
public sealed class ReplayTests : IAsyncLifetime
{
    private ServiceApp<IndicatorsDbContext> _app = null!;

    public async Task InitializeAsync() => _app = await ServiceApp<IndicatorsDbContext>.StartAsync("indicatorsdb");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static List<IIntegrationEvent> History(string org)
    {
        Guid p1 = Guid.NewGuid(), p2 = Guid.NewGuid(), p3 = Guid.NewGuid(), p4 = Guid.NewGuid();
        Guid c1 = Guid.NewGuid(), c2 = Guid.NewGuid(), c3 = Guid.NewGuid(), c4 = Guid.NewGuid();
        Guid e1 = Guid.NewGuid(), e2 = Guid.NewGuid(), e3 = Guid.NewGuid(), missedThenHeld = Guid.NewGuid();
        Guid session = Guid.NewGuid(), structure = Guid.NewGuid(), booked = Guid.NewGuid(), breach = Guid.NewGuid();
        Guid durableJob = Guid.NewGuid(), correctedJob = Guid.NewGuid();
        Guid[] referred = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];
        var sessionStart = At("2026-02-12T09:00:00Z");
        var t = At("2026-01-01T08:00:00Z");
        IIntegrationEvent Held(Guid person, string at, string type = "SUIVI") => new InterviewHeld(Guid.NewGuid(), t, Guid.NewGuid(), org, person, At(at), type);
        return
        [
            new ContractSigned(Guid.NewGuid(), t, c1, org, "75", p1, Day("2026-01-05"))
            {
                Parcours = "EMPLOI", OrientationNotifiedOn = Day("2025-12-01"), Publics = ["RSA"], Sex = "F", Qpv = true,
            },
            new ContractSigned(Guid.NewGuid(), t, c2, org, "75", p2, Day("2026-01-05"))
            {
                Parcours = "EMPLOI", OrientationNotifiedOn = Day("2025-12-20"), Publics = ["RSA", "JEUNE"], Sex = "M", Qpv = false,
            },
            new ContractSigned(Guid.NewGuid(), t, c3, org, "75", p3, Day("2026-01-05")) { Parcours = "SOCIAL", OrientationNotifiedOn = Day("2025-12-10"), Sex = "F" },
            new ContractSigned(Guid.NewGuid(), t, c4, org, "75", p4, Day("2026-01-05")),
            new ContractClosed(Guid.NewGuid(), t, c4, org, "75", p4, Day("2026-02-15"), "ABANDON"),
            new IntensiveEpisodeStarted(Guid.NewGuid(), t, e1, c1, org, "75", p1, "r1", Day("2026-01-10"), Day("2026-04-10"), 15m)
            {
                Parcours = "EMPLOI", Publics = ["RSA"], AgeBand = "26-44", Sex = "F", Qpv = true, EarlyWorkSituationDeadlineWeeks = 4,
            },
            new IntensiveEpisodeStarted(Guid.NewGuid(), t, e2, c2, org, "75", p2, "r1", Day("2026-01-12"), Day("2026-03-12"), 15m)
            {
                Parcours = "EMPLOI", Publics = ["RSA", "JEUNE"], AgeBand = "<26", Sex = "M", Qpv = false,
            },
            new IntensiveEpisodeExtended(Guid.NewGuid(), t, e2, c2, org, "75", p2, Day("2026-03-12"), Day("2026-05-12"), 1),
            new IntensiveEpisodeEnded(Guid.NewGuid(), t, e2, c2, org, "75", p2, Day("2026-01-12"), Day("2026-04-20"), "EMPLOI_DURABLE", ["MOBILITE:MOYEN"]),
            new DiagnosticVersioned(Guid.NewGuid(), t, Guid.NewGuid(), org, "75", p2, 1, Day("2026-01-06"), ["MOBILITE:FORT", "LOGEMENT:MOYEN", "SANTE:SANS_IMPACT"], false),
            new IntensiveEpisodeStarted(Guid.NewGuid(), t, e3, c3, org, "75", p3, "r2", Day("2026-02-02"), Day("2026-08-02"), 15m) { Parcours = "SOCIAL", AgeBand = "45-54" },
            new IntensiveEpisodeEnded(Guid.NewGuid(), t, e3, c3, org, "75", p3, Day("2026-02-02"), Day("2026-03-15"), "ABANDON", []),
            // I4 follow-up coverage: p3 checked without a job at exit + 3 months (before its window's end) and at exit + 6 (after it)
            new FollowUpCheckRecorded(Guid.NewGuid(), t, Guid.NewGuid(), org, "75", p3, c3, e3, "FOLLOW_UP_3_MONTHS", Day("2026-06-15"), "NO_EMPLOYMENT"),
            new FollowUpCheckRecorded(Guid.NewGuid(), t, Guid.NewGuid(), org, "75", p3, c3, e3, "FOLLOW_UP_6_MONTHS", Day("2026-09-15"), "NO_EMPLOYMENT"),
            new ReferentChanged(Guid.NewGuid(), t, org, "75", p1, c1, "r1", "r2", "ABSENCE", Day("2026-02-20"), true),
            Held(p1, "2026-01-15T10:00:00Z"), Held(p1, "2026-01-29T10:00:00Z"), Held(p1, "2026-02-03T10:00:00Z"), Held(p1, "2026-02-10T10:00:00Z"),
            Held(p1, "2026-02-25T10:00:00Z", "PASSATION"),
            new InterviewMissed(Guid.NewGuid(), t, missedThenHeld, org, p3, At("2026-02-10T10:00:00Z"), "SUIVI", false),
            new InterviewHeld(Guid.NewGuid(), t.AddHours(1), missedThenHeld, org, p3, At("2026-02-10T10:00:00Z"), "SUIVI"),
            new WeekClosed(Guid.NewGuid(), t, p1, e1, org, "75", "2026-W07", Day("2026-02-09"), 15m, 15m, 12m, 8m, 4m, 3m, "ILLNESS"),
            new WeekClosed(Guid.NewGuid(), t.AddHours(1), p1, e1, org, "75", "2026-W07", Day("2026-02-09"), 15m, 15m, 15m, 9m, 6m, 0m, "NONE"),
            new SessionPublished(Guid.NewGuid(), t, session, structure, "EMP-PMSMP-01", sessionStart, sessionStart.AddHours(3), null, null, 8, 8, "75", "IAE"),
            new SessionUpdated(Guid.NewGuid(), t.AddHours(1), session, structure, "EMP-PMSMP-01", sessionStart, sessionStart.AddHours(3), null, null, 10, 9, "75", "IAE"),
            new AssignmentBooked(Guid.NewGuid(), t, booked, org, "75", p1, e1, "2026-W07", "EMP-PMSMP-01", session, structure, sessionStart,
                sessionStart.AddHours(3), 3m, "ACCOMPAGNEE"),
            new AttendanceRecorded(Guid.NewGuid(), t, booked, org, "75", p1, e1, "2026-W07", "EMP-PMSMP-01", session, "ABSENT_UNJUSTIFIED", 0m, "PARTNER"),
            new AttendanceRecorded(Guid.NewGuid(), t.AddHours(1), booked, org, "75", p1, e1, "2026-W07", "EMP-PMSMP-01", session, "DONE", 3m, "REFERENT"),
            new BreachFileOpened(Guid.NewGuid(), t, breach, org, "75", p3, "RSA", "ASSIDUITE", Day("2026-02-20"), 2),
            new SanctionDecided(Guid.NewGuid(), t, breach, org, "75", p3, "RSA", "PCD", Day("2026-03-05"), "FIRST", "SUSPENSION", 30, 1, Day("2026-04-05"), false),
            new SanctionLifted(Guid.NewGuid(), t, breach, org, "75", p3, Day("2026-03-12"), "CONTRACT_AMENDED", true),
            new WeekClosed(Guid.NewGuid(), t, p1, e1, org, "75", "2026-W08", Day("2026-02-16"), 15m, 16m, 16m, 10m, 6m, 0m, "NONE"),
            new CatalogueEntryPublished(Guid.NewGuid(), t, "EMP-PMSMP-01", "PMSMP", "EMPLOI", 3m)
            {
                Version = 1, HourlyCosts = [new(20m, Day("2026-01-01"), null)], Funding = ["FSE+"], Family = 1,
            },
            new CatalogueEntryUpdated(Guid.NewGuid(), t.AddHours(1), "EMP-PMSMP-01", 2, "NATIONAL", null, "PMSMP", "EMPLOI", "ACCOMPAGNEE", "FORFAIT_PAR_OCCURRENCE",
                3m, null, null, null, true)
            {
                HourlyCosts = [new(25m, Day("2026-01-01"), null)], Funding = ["CD75", "FSE+"], Family = 1,
            },
            // O3: an RSA orientation late (68 days), one in time (18 days), one without RSA request, a réorientation (left out)
            new OrientationDecided(Guid.NewGuid(), t, Guid.NewGuid(), org, "75", p1, "cd", "EMPLOI", Day("2026-01-08"), Day("2026-01-09"), false, Day("2025-11-01")),
            new OrientationDecided(Guid.NewGuid(), t, Guid.NewGuid(), org, "75", p2, "cd", "EMPLOI", Day("2026-01-20"), Day("2026-01-21"), false, Day("2026-01-02")),
            new OrientationDecided(Guid.NewGuid(), t, Guid.NewGuid(), org, "75", p3, "cd", "SOCIAL", Day("2026-02-03"), Day("2026-02-04"), false, null),
            new OrientationDecided(Guid.NewGuid(), t, Guid.NewGuid(), org, "75", p1, "ft", "SOCIO_PRO", Day("2026-03-02"), Day("2026-03-03"), true, Day("2025-11-01")),
            // I4: p2 a durable CDI; p1 an interim of unknown length corrected an hour later into a two-month CDD
            new EmploymentOutcomeRecorded(Guid.NewGuid(), t, durableJob, org, "75", p2, c2, e2, "CDI", Day("2026-04-21"), null, 35m, true, "EXIT"),
            new EmploymentOutcomeRecorded(Guid.NewGuid(), t, correctedJob, org, "75", p1, c1, e1, "INTERIM", Day("2026-03-01"), null, 35m, false, "REFERENT"),
            new EmploymentOutcomeRecorded(Guid.NewGuid(), t.AddHours(1), correctedJob, org, "75", p1, c1, e1, "CDD", Day("2026-03-01"), 2, 35m, false, "REFERENT"),
            // O5 referrals to the session, sent in January: one accepted, one refused, one accepted then withdrawn
            new ReferralSent(Guid.NewGuid(), t, referred[0], session, structure, org, p1, "EMP-PMSMP-01"),
            new ReferralAccepted(Guid.NewGuid(), t.AddHours(1), referred[0], session, structure, org, p1, "EMP-PMSMP-01", sessionStart, sessionStart.AddHours(3), 9),
            new ReferralSent(Guid.NewGuid(), t, referred[1], session, structure, org, p2, "EMP-PMSMP-01"),
            new ReferralRefused(Guid.NewGuid(), t.AddHours(1), referred[1], session, structure, org, p2, "PUBLIC_NON_ELIGIBLE"),
            new ReferralSent(Guid.NewGuid(), t, referred[2], session, structure, org, p3, "EMP-PMSMP-01"),
            new ReferralAccepted(Guid.NewGuid(), t.AddHours(1), referred[2], session, structure, org, p3, "EMP-PMSMP-01", sessionStart, sessionStart.AddHours(3), 8),
            new ReferralCancelled(Guid.NewGuid(), t.AddHours(2), referred[2], session, structure, org, p3, false, 9),
            // the structure's conventions, replaced an hour later: the newer list (FSE+) wins in any order
            new PartnerConventionsSet(Guid.NewGuid(), t, structure, [new PartnerConventionTerm("CD75", Day("2026-01-01"), Day("2026-12-31"), 10)]),
            new PartnerConventionsSet(Guid.NewGuid(), t.AddHours(1), structure, [new PartnerConventionTerm("FSE+", Day("2026-01-01"), Day("2026-06-30"), 10)]),
        ];
    }

    /// <summary>Every event of the history applied, whatever the order: the states that depend on order included.</summary>
    private async Task<bool> FullyAppliedAsync(string org)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IndicatorsDbContext>();
        var episodes = await db.IntensiveEpisodes.Where(e => e.OrganismeId == org).ToListAsync();
        var orgStructures = await db.ActivityAssignments.Where(a => a.OrganismeId == org && a.StructureId != null).Select(a => a.StructureId!.Value).ToListAsync();
        return episodes.Count == 3 && episodes.All(e => e.InitialPlannedEndDate != null) && episodes.Count(e => e.EndedOn != null) == 2
            && episodes.Any(e => e.ExtensionCount == 1)
            && await db.ActiveContracts.CountAsync(c => c.OrganismeId == org) == 4 && await db.ContractClosures.CountAsync(c => c.OrganismeId == org) == 1
            && await db.ReferentChanges.CountAsync(c => c.OrganismeId == org) == 1
            && await db.DiagnosticVersions.CountAsync(d => d.OrganismeId == org) == 1
            && await db.BreachFiles.CountAsync(f => f.OrganismeId == org && f.DetectedOn != null && f.Measure != null && f.LiftedOn != null) == 1
            && await db.ActivityAssignments.CountAsync(a => a.OrganismeId == org && a.PlannedStart != null && a.Status == "DONE") == 1
            && await db.ActivityCosts.CountAsync(c => c.EntryCode == "EMP-PMSMP-01" && c.Version == 2 && c.Family == 1) == 1
            && episodes.All(e => e.Parcours != null)
            && episodes.Any(e => e.NoEmploymentCheckedOn == Day("2026-09-15"))
            && await db.ActiveContracts.CountAsync(c => c.OrganismeId == org && c.Parcours != null) == 3
            && await db.ActiveContracts.CountAsync(c => c.OrganismeId == org && c.Sex != null) == 3
            && await db.ActiveContracts.CountAsync(c => c.OrganismeId == org && c.Qpv != null) == 2
            && await db.Set<Orientation>().CountAsync(o => o.OrganismeId == org) == 4
            && await db.Set<EmploymentOutcome>().CountAsync(o => o.OrganismeId == org && (o.Durable || o.ContractKind == "CDD")) == 2
            && await db.Set<PartnerReferral>().CountAsync(r => r.OrganismeId == org && r.SentAt != null && (r.AcceptedAt != null || r.RefusedAt != null)) == 3
            && await db.Set<PartnerReferral>().CountAsync(r => r.OrganismeId == org && r.CancelledAt != null) == 1
            && (await db.Set<StructureConventions>().AsNoTracking().Where(c => c.UpdatedAt == At("2026-01-01T09:00:00Z")).ToListAsync())
                .Any(c => c.Conventions.Any(x => x.Funder == "FSE+") && orgStructures.Contains(c.StructureId))
            && await db.InterviewOutcomes.CountAsync(i => i.OrganismeId == org && i.Held) == 6
            && await db.ClosedWeeks.CountAsync(w => w.OrganismeId == org && (w.IsoWeek == "2026-W08" || w.RealisedHours == 15m)) == 2;
    }

    private async Task<Dictionary<string, string>> FiguresAsync(HttpClient manager, string org)
    {
        var figures = new Dictionary<string, string>();
        foreach (var code in IndicatorCatalogue.All.Select(i => i.Definition.Code))
            figures[code] = await manager.GetStringAsync($"/api/indicators/organismes/{org}/{code}?from=2026-01&to=2026-04");
        figures["offer"] = await manager.GetStringAsync($"/api/indicators/organismes/{org}/offer-usage?from=2026-01&to=2026-04");
        figures["costs"] = await manager.GetStringAsync($"/api/indicators/organismes/{org}/costs?by=funder&from=2026-01&to=2026-04");
        figures["costsByConvention"] = await manager.GetStringAsync($"/api/indicators/organismes/{org}/costs?by=convention&from=2026-01&to=2026-04");
        figures["entriesByPublic"] = await manager.GetStringAsync($"/api/indicators/organismes/{org}/RPE_ENTRIES?breakdown=public&from=2026-01&to=2026-04");
        figures["entriesBySex"] = await manager.GetStringAsync($"/api/indicators/organismes/{org}/RPE_ENTRIES?breakdown=sex&from=2026-01&to=2026-04");
        figures["entriesByQpv"] = await manager.GetStringAsync($"/api/indicators/organismes/{org}/RPE_ENTRIES?breakdown=qpv&from=2026-01&to=2026-04");
        figures["prevalenceBySex"] = await manager.GetStringAsync($"/api/indicators/organismes/{org}/I1_PREVALENCE?breakdown=sex&from=2026-01&to=2026-04");
        figures["contractDelayByQpv"] = await manager.GetStringAsync($"/api/indicators/organismes/{org}/O2_CONTRACT_DELAY?breakdown=qpv&from=2026-01&to=2026-04");
        figures["accessByAgeBand"] = await manager.GetStringAsync($"/api/indicators/organismes/{org}/I4_EMPLOYMENT_ACCESS?breakdown=ageBand&from=2026-01&to=2026-04");
        figures["missed"] = await manager.GetStringAsync($"/api/indicators/organismes/{org}/action-lists/missed-interviews?month=2026-02");
        return figures;
    }

    private static decimal?[] Values(string json) =>
        [.. JsonDocument.Parse(json).RootElement.GetProperty("rows").EnumerateArray()
            .Select(r => r.GetProperty("value").ValueKind == JsonValueKind.Null ? (decimal?)null : r.GetProperty("value").GetDecimal())];

    [Fact]
    public async Task Each_indicator_computed_over_only_the_data_it_declares_equals_its_computation_over_everything()
    {
        var org = TestTokens.NewOrganisme();
        foreach (var message in History(org)) await PublishAsync(_app.Services, message);
        Assert.True(await Eventually.MatchAsync(() => FullyAppliedAsync(org), applied => applied, TimeSpan.FromSeconds(60)));

        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IndicatorsDbContext>();
        var differences = new List<string>();
        var declared = 0;
        foreach (var granularity in new[] { Granularity.Month, Granularity.Quarter })
        {
            var periods = ReportingPeriod.Range(Day("2026-01-01"), Day("2026-06-01"), granularity);
            var (first, last) = (periods[0].FirstDay, periods[^1].LastDay);
            var everything = await db.LoadAsync(IndicatorScope.OfOrganisme(org), first, last, last, CancellationToken.None);
            foreach (var indicator in IndicatorCatalogue.All)
            foreach (var breakdown in indicator.Definition.Breakdowns.Select(b => Breakdown.Find(b)!))
            {
                var reads = IndicatorReads.Of(indicator, breakdown);
                if (reads != IndicatorInputs.All) declared++;
                var only = await db.LoadAsync(IndicatorScope.OfOrganisme(org), first, last, last, CancellationToken.None, reads);
                var (full, restricted) = (JsonSerializer.Serialize(indicator.Compute(everything, periods, breakdown)),
                    JsonSerializer.Serialize(indicator.Compute(only, periods, breakdown)));
                if (full != restricted) differences.Add($"{indicator.Definition.Code} {breakdown.Name} {granularity}: {restricted} instead of {full}");
            }
        }

        Assert.Empty(differences);
        Assert.True(declared > 0);
    }

    [Fact]
    public async Task Replaying_the_whole_history_into_empty_tables_gives_the_live_figures_without_double_counting()
    {
        var org = TestTokens.NewOrganisme();
        var manager = _app.ClientFor(TestTokens.Manager(org));
        var history = History(org);
        foreach (var message in history)
        {
            await PublishAsync(_app.Services, message);
            await PublishAsync(_app.Services, message);   // a redelivery: same message id
        }
        Assert.True(await Eventually.MatchAsync(() => FullyAppliedAsync(org), applied => applied, TimeSpan.FromSeconds(60)));
        var live = await FiguresAsync(manager, org);

        await using (var scope = _app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IndicatorsDbContext>().ResetAsync(CancellationToken.None);
        Assert.Empty(Values(await manager.GetStringAsync($"/api/indicators/organismes/{org}/RPE_ENTRIES?from=2026-01&to=2026-04")));
        foreach (var message in Enumerable.Reverse(history).Concat(history.OrderBy(m => m.EventId)))
            await PublishAsync(_app.Services, message);
        Assert.True(await Eventually.MatchAsync(() => FullyAppliedAsync(org), applied => applied, TimeSpan.FromSeconds(60)));
        var replayed = await FiguresAsync(manager, org);

        Assert.Equal(live, replayed);
        Assert.Equal([2m, 1m, 0m, 0m], Values(live["RPE_ENTRIES"]));
        Assert.Equal([50.0m, 100.0m, 66.7m, 33.3m], Values(live["I1_PREVALENCE"]));   // Jan 2 of 4 under contract, Feb 3/3, Mar 2/3, Apr 1/3
        Assert.Equal([null, 15.5m, null, null], Values(live["I3_INTENSITY"]));
        Assert.Equal(50.0m, Values(live["I6_BARRIER_PERSISTENCE"])[3]);
        Assert.Equal([0m, 0m, 1m, 0m, 0m, 0m, 1m, 0m, 0m, 1m, 0m, 0m], Values(live["O6_SANCTION_ACTIVITY"]));   // DECIDED_SUSPENSION, LIFTED, OPENED
        Assert.Equal([0m, 0m, 1m, 0m], Values(live["O6_DECISIONS_BY_RATE"]));   // SUSPENSION:30 in March
        Assert.Equal([0m, 0m, 1m, 0m], Values(live["O6_LIFTS_BY_REASON"]));     // CONTRACT_AMENDED in March
        Assert.Equal([null, null, 0.0m, null], Values(live["O6_HOUSEHOLD_CAP_SHARE"]));   // March's decision, cap not applied
        Assert.Equal(Values(live["I6_BARRIER_PERSISTENCE"]).Select(v => 100m - v), Values(live["I6B_BARRIER_RESOLUTION"]));
        Assert.Contains("\"sent\":3,\"accepted\":2,\"refused\":1,\"expired\":0,\"cancelled\":1,\"pending\":0,\"acceptanceRate\":66.7,"
            + "\"refusalReasons\":[{\"reason\":\"PUBLIC_NON_ELIGIBLE\",\"count\":1}]", live["offer"]);   // January's referrals, whatever the order
        Assert.Contains("\"booked\":1,\"attended\":1,\"absent\":0", live["offer"]);   // the later attendance (DONE) won   // ALL in April: MOBILITE persists, LOGEMENT resolved             // W07 corrected to 15 h, W08 16 h
        Assert.Equal([50.0m, 33.3m, 0.0m, 0.0m], Values(live["I3D_INTERVIEW_COMPLIANCE"]));   // Jan p1 of 2, Feb p1 of 3 (p3's one held), then none
        var costs = JsonDocument.Parse(live["costs"]).RootElement;
        Assert.Equal((3m, 75m), (costs.GetProperty("total").GetProperty("realisedHours").GetDecimal(), costs.GetProperty("total").GetProperty("cost").GetDecimal()));   // 3 h × 25 € (version 2 won)
        Assert.Equal(["CD75", "FSE+"], costs.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("key").GetString()));
        Assert.Equal([("FSE+", 75m)], JsonDocument.Parse(live["costsByConvention"]).RootElement.GetProperty("rows").EnumerateArray()
            .Select(r => (r.GetProperty("key").GetString(), r.GetProperty("cost").GetDecimal())));   // the newer convention list won
        Assert.Equal([100.0m, 0.0m, null, null], Values(live["I4_EMPLOYMENT_ACCESS"]));   // January p1 (corrected CDD) and p2 (CDI); February p3 none
        Assert.Equal([50.0m, 0.0m, null, null], Values(live["I4_DURABLE_EMPLOYMENT_ACCESS"]));
        Assert.Equal([100.0m, 0.0m, null, null], Values(live["I4_EMPLOYMENT_ACCESS_12M"]));
        Assert.Equal([66.7m, null, null, null], Values(live["O2_CONTRACT_DELAY"]));   // 35 days late, 16 and 26 in time
        Assert.Equal([26m, null, null, null], Values(live["O2_MEDIAN_CONTRACT_DELAY"]));
        Assert.Equal([50.0m, null, null, null], Values(live["O3_RSA_ORIENTATION_DELAY"]));
        Assert.Equal([100.0m, 100.0m, null, null], Values(live["I4_FOLLOW_UP_COVERAGE"]));   // p1, p2 with a job; p3 checked without one after M+6
        Assert.Equal([100.0m, 0.0m, null, null], Values(live["I4_FOLLOW_UP_COVERAGE_12M"]));   // p3's last check is before M+12
        Assert.Equal([0.0m, 0.0m, null, null], Values(live["O4_EARLY_WORK_SITUATION"]));   // e1's PMSMP (family 1) done 33 days after its start: after its organisme's 4 weeks
        Assert.Equal([1m, 0m, 0m, 0m, 1m, 0m, 0m, 0m, 0m, 1m, 0m, 0m], Values(live["entriesBySex"]));   // F, M, unknown
        Assert.Equal([1m, 0m, 0m, 0m, 0m, 1m, 0m, 0m, 1m, 0m, 0m, 0m], Values(live["entriesByQpv"]));   // no, unknown, yes
        Assert.Equal([1m, 0m, 0m, 0m, 2m, 0m, 0m, 0m, 0m, 1m, 0m, 0m], Values(live["entriesByPublic"]));   // JEUNE, RSA (p2 in both), unknown
        Assert.Equal([100.0m, null, null, null, null, 0.0m, null, null, 100.0m, null, null, null], Values(live["accessByAgeBand"]));
        // F: p1's episode over c1 and c3 (p3's episode carries no sex); M: p2's until its April end; unknown: p3's February episode, c4 until February
        Assert.Equal([50.0m, 50.0m, 50.0m, 50.0m, 100.0m, 100.0m, 100.0m, 0.0m, 0.0m, null, null, null], Values(live["prevalenceBySex"]));
        Assert.Equal([100.0m, null, null, null, 100.0m, null, null, null, 0.0m, null, null, null], Values(live["contractDelayByQpv"]));   // no c2 (16 d), unknown c3 (26 d), yes c1 (35 d)   // 26-44, 45-54, <26
    }
}
