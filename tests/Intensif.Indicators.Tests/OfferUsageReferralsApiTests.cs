using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Intensif.Indicators.Api.Domain;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.IntegrationEvents;
using Intensif.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Intensif.Indicators.Tests.EventHistory;

namespace Intensif.Indicators.Tests;

/// <summary>O5's referral outcomes through the API, from Partners' <c>Referral*</c> events on real PostgreSQL and RabbitMQ.</summary>
public sealed class OfferUsageReferralsApiTests : IAsyncLifetime
{
    private ServiceApp<IndicatorsDbContext> _app = null!;

    public async Task InitializeAsync() => _app = await ServiceApp<IndicatorsDbContext>.StartAsync("indicatorsdb");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static readonly DateTimeOffset SentAt = At("2026-05-04T08:00:00Z");

    /// <summary>A referral's events, its outcome first when asked (they commute).</summary>
    private async Task ReferAsync(Guid session, Guid structure, string org, string entry, string? outcome, bool outcomeFirst = false)
    {
        var (referral, person) = (Guid.NewGuid(), Guid.NewGuid());
        var sent = new ReferralSent(Guid.NewGuid(), SentAt, referral, session, structure, org, person, entry);
        IIntegrationEvent? answer = outcome switch
        {
            "ACCEPTED" => new ReferralAccepted(Guid.NewGuid(), SentAt.AddDays(1), referral, session, structure, org, person, entry, SentAt.AddDays(8), SentAt.AddDays(8).AddHours(3), 5),
            "PERSON_DECLINED" or "PUBLIC_NON_ELIGIBLE" => new ReferralRefused(Guid.NewGuid(), SentAt.AddDays(1), referral, session, structure, org, person, outcome),
            "EXPIRED" => new ReferralExpired(Guid.NewGuid(), SentAt.AddDays(9), referral, session, structure, org, person),
            _ => null,
        };
        foreach (var message in new[] { outcomeFirst ? answer : sent, outcomeFirst ? sent : answer })
            if (message is not null) await PublishAsync(_app.Services, message);
    }

    private static JsonElement Row(JsonElement usage, string key) =>
        usage.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("key").GetString() == key);

    private static object Outcomes(JsonElement row)
    {
        var r = row.GetProperty("referrals");
        return (r.GetProperty("sent").GetInt32(), r.GetProperty("accepted").GetInt32(), r.GetProperty("refused").GetInt32(), r.GetProperty("expired").GetInt32(),
            r.GetProperty("pending").GetInt32(), r.GetProperty("acceptanceRate").GetDecimal());
    }

    [Fact]
    public async Task Referral_outcomes_are_counted_per_entry_for_the_organisme_that_sent_them_and_for_the_pilots_of_the_session_s_territory_with_small_cells_masked()
    {
        var (org, other, territory) = (TestTokens.NewOrganisme(), TestTokens.NewOrganisme(), "R" + Random.Shared.Next(10, 99));
        var (session, small, structure) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var start = At("2026-05-12T08:00:00Z");
        await PublishAsync(_app.Services, new SessionPublished(Guid.NewGuid(), SentAt, session, structure, "EMP-PMSMP-01", start, start.AddHours(3), null, null, 12, 12, territory, "IAE"));
        await PublishAsync(_app.Services, new SessionPublished(Guid.NewGuid(), SentAt, small, structure, "SOC-MOB-02", start, start.AddHours(3), null, null, 6, 6, territory, "MOBILITE"));
        foreach (var (outcome, i) in new[] { "ACCEPTED", "ACCEPTED", "ACCEPTED", "PERSON_DECLINED", null }.Select((o, i) => (o, i)))
            await ReferAsync(session, structure, org, "EMP-PMSMP-01", outcome, outcomeFirst: i == 0);
        await ReferAsync(session, structure, other, "EMP-PMSMP-01", "PUBLIC_NON_ELIGIBLE");
        await ReferAsync(small, structure, org, "SOC-MOB-02", "ACCEPTED");
        await ReferAsync(small, structure, org, "SOC-MOB-02", "EXPIRED");
        var (pilot, manager) = (_app.ClientFor(PilotTokens.Pilot(territory)), _app.ClientFor(TestTokens.Manager(org)));
        var url = "/offer-usage?from=2026-05&to=2026-05";

        var territoryUsage = await Eventually.MatchAsync(() => pilot.GetFromJsonAsync<JsonElement>($"/api/indicators/territories/{territory}{url}"),
            u => u.GetProperty("rows").EnumerateArray().Any(r => r.GetProperty("key").GetString() == "EMP-PMSMP-01"
                && r.GetProperty("referrals").GetProperty("sent").GetInt32() == 6 && r.GetProperty("referrals").GetProperty("refused").GetInt32() == 2));
        var mine = await Eventually.MatchAsync(() => manager.GetFromJsonAsync<JsonElement>($"/api/indicators/organismes/{org}{url}"),
            u => u.GetProperty("rows").GetArrayLength() == 2 && Row(u, "SOC-MOB-02").GetProperty("referrals").GetProperty("expired").GetInt32() == 1
                && Row(u, "EMP-PMSMP-01").GetProperty("referrals").GetProperty("accepted").GetInt32() == 3);
        var csv = await manager.GetAsync($"/api/indicators/organismes/{org}{url}&format=csv&separator=semicolon&decimal=comma");
        var series = await manager.GetAsync($"/api/indicators/organismes/{org}{url}&format=series");
        var elsewhere = await _app.ClientFor(PilotTokens.Pilot("75")).GetAsync($"/api/indicators/territories/{territory}{url}");

        // the territory: both organismes' referrals; 3 accepted of 5 answered; reasons given once each are withheld
        var entry = Row(territoryUsage, "EMP-PMSMP-01");
        Assert.Equal((6, 3, 2, 0, 1, 60.0m), Outcomes(entry));
        Assert.Equal((12, JsonValueKind.Null), (entry.GetProperty("seatsOffered").GetInt32(), entry.GetProperty("referrals").GetProperty("refusalReasons").ValueKind));
        var masked = Row(territoryUsage, "SOC-MOB-02");   // two referrals: fewer than the threshold
        Assert.Equal((true, 6, JsonValueKind.Null), (masked.GetProperty("masked").GetBoolean(), masked.GetProperty("seatsOffered").GetInt32(),
            masked.GetProperty("referrals").ValueKind));
        // the organisme: its own referrals only, reasons included
        Assert.Equal((5, 3, 1, 0, 1, 75.0m), Outcomes(Row(mine, "EMP-PMSMP-01")));
        Assert.Equal("PERSON_DECLINED", Row(mine, "EMP-PMSMP-01").GetProperty("referrals").GetProperty("refusalReasons")[0].GetProperty("reason").GetString());
        Assert.Equal((2, 1, 0, 1, 0, 50.0m), Outcomes(Row(mine, "SOC-MOB-02")));
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = Encoding.UTF8.GetString((await csv.Content.ReadAsByteArrayAsync())[3..]).Split("\r\n");
        Assert.StartsWith("scope;by;period;group;seats_offered;booked;attended;absent;no_show_rate;referrals_sent;referrals_accepted", lines[0]);
        Assert.Equal($"organisme:{org};entry;2026-05;EMP-PMSMP-01;;0;0;0;;5;3;1;0;0;1;75,0;PERSON_DECLINED=1;false", lines[1]);
        Assert.Equal(HttpStatusCode.BadRequest, series.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
    }

    [Fact]
    public async Task Referrals_and_partner_conventions_feed_no_kept_figure_so_saving_them_marks_none_stale()
    {
        // saved directly in one repeatable-read transaction: the events other test classes publish meanwhile stay out of its snapshot
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IndicatorsDbContext>();
        var (before, after) = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead);
            async Task<List<(string, DateOnly, long)>> MarksAsync() =>
                [.. (await db.Set<ScopeMonth>().AsNoTracking().ToListAsync()).Select(m => (m.Scope, m.Month, m.Changes)).Order()];
            var marksBefore = await MarksAsync();
            var referral = PartnerReferral.Known(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), TestTokens.NewOrganisme());
            referral.ApplySent("EMP-PMSMP-01", SentAt);
            var conventions = StructureConventions.Known(Guid.NewGuid());
            conventions.Apply([new ConventionTerm("CD75", Day("2026-01-01"), Day("2026-12-31"), 10)], SentAt);
            db.AddRange(referral, conventions);
            await db.SaveChangesAsync();
            referral.ApplyRefused("DUPLICATE", SentAt.AddDays(1));   // a change, not only an insert
            await db.SaveChangesAsync();
            var marksAfter = await MarksAsync();
            await transaction.RollbackAsync();
            return (marksBefore, marksAfter);
        });

        Assert.Equal(before, after);   // neither a mark for every scope nor one of the organisme
    }
}
