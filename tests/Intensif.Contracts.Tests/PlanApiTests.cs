using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Contracts.Api.Infrastructure;
using Intensif.IntegrationEvents;
using Intensif.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intensif.Contracts.Tests;

/// <summary>The plan d'action, its warnings and the catalogue copy fed by events, on real PostgreSQL and RabbitMQ.</summary>
public sealed class PlanApiTests : IAsyncLifetime
{
    private ServiceApp<ContractsDbContext> _app = null!;
    private readonly string _organisme = TestTokens.NewOrganisme();
    private readonly string _pmsmp = "EMP-PMSMP-" + Guid.NewGuid().ToString("N")[..8];
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    public async Task InitializeAsync() => _app = await ServiceApp<ContractsDbContext>.StartAsync("contractsdb");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private async Task<T> QueryAsync<T>(Func<ContractsDbContext, Task<T>> query)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ContractsDbContext>());
    }

    /// <summary>A person with a signed contract in an intensive episode that started today.</summary>
    private async Task<Guid> ContractInIntensiveAsync(HttpClient referent)
    {
        var person = (await Json(await referent.PostAsJsonAsync("/api/contracts/beneficiaries",
            new { firstName = "Yanis", lastName = "Caron", birthDate = "1992-03-03", territory = "34" }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var contract = (await Json(await referent.PostAsJsonAsync("/api/contracts", new { beneficiaryId = person }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Json(await referent.PostAsJsonAsync($"/api/contracts/{contract}/intensive-episodes", new { plannedEndDate = Today.AddMonths(4) }), HttpStatusCode.Created);
        return contract;
    }

    private async Task CatalogueKnowsAsync(string code)
    {
        await using (var scope = _app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IBus>().Publish(new CatalogueEntryUpdated(Guid.NewGuid(), DateTimeOffset.UtcNow, code, 2,
                "NATIONAL", null, "Immersion en entreprise (PMSMP)", "Mise en situation", "ACCOMPAGNEE", "FORFAIT_JOURNEE", 7m, 35m, 5, null, true) { Family = 1 });
        var known = await Eventually.MatchAsync(() => QueryAsync(db => db.CatalogueEntries.AnyAsync(e => e.Code == code)), k => k, TimeSpan.FromSeconds(90));
        Assert.True(known, "the catalogue event never reached the copy");
    }

    private object Plan(string employmentStatus, string? code = null) => new
    {
        objectives = new object[]
        {
            new { code = "EMP-PROJET", label = "Valider le projet par une immersion", dimension = "EMPLOI", status = employmentStatus },
            new { code = "SOC-MOB", label = "Lever le frein mobilité", dimension = "SOCIAL", linkedBarrier = "MOBILITE" },
        },
        actions = new object[]
        {
            new { catalogueCode = code ?? _pmsmp, family = 1, startDate = Today.AddDays(21), objectiveCode = "EMP-PROJET" },
            new { label = "Candidatures spontanées", family = 3, supervision = "AUTONOME", weeklyHours = 8, startDate = Today },
        },
        reason = "Co-construction",
    };

    [Fact]
    public async Task A_plan_takes_catalogue_data_from_the_events_is_versioned_on_each_change_and_warns_on_the_accompanied_share()
    {
        var referent = _app.ClientFor(TestTokens.Referent(_organisme));
        var contract = await ContractInIntensiveAsync(referent);
        await CatalogueKnowsAsync(_pmsmp);

        var first = await Json(await referent.PutAsJsonAsync($"/api/contracts/{contract}/plan", Plan("NOT_STARTED")), HttpStatusCode.OK);
        await Json(await referent.PutAsJsonAsync($"/api/contracts/{contract}/plan", Plan("IN_PROGRESS")), HttpStatusCode.OK);
        var current = await Json(await referent.GetAsync($"/api/contracts/{contract}/plan"), HttpStatusCode.OK);
        var versions = await Json(await referent.GetAsync($"/api/contracts/{contract}/plan/versions"), HttpStatusCode.OK);

        var pmsmp = first.GetProperty("actions")[0];
        Assert.Equal(("Immersion en entreprise (PMSMP)", "ACCOMPAGNEE", 7m), (pmsmp.GetProperty("label").GetString(),
            pmsmp.GetProperty("supervision").GetString(), pmsmp.GetProperty("weeklyHours").GetDecimal()));
        // 7 h accompanied out of 15: under the national 50 %; the placement starts in 3 weeks, within the 8 of SR-07
        Assert.Equal(["accompanied-share-low"], first.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("code").GetString()));
        Assert.Equal((2, "IN_PROGRESS"), (current.GetProperty("version").GetInt32(), current.GetProperty("objectives")[0].GetProperty("status").GetString()));
        Assert.Equal(["NOT_STARTED", "IN_PROGRESS"], versions.EnumerateArray().Select(v => v.GetProperty("objectives")[0].GetProperty("status").GetString()));
        var events = await QueryAsync(db => db.Database.SqlQueryRaw<string>(
            "select payload::text as \"Value\" from outbox_messages where message_type like '%PlanVersioned%' order by sequence").ToListAsync());
        Assert.Equal(2, events.Count);
        Assert.Contains(_pmsmp, events[1]);
        Assert.DoesNotContain("Yanis", string.Join("", events));
    }

    [Fact]
    public async Task A_catalogue_action_takes_its_R5411_15_family_from_the_catalogue_and_may_not_contradict_it()
    {
        var referent = _app.ClientFor(TestTokens.Referent(_organisme));
        var contract = await ContractInIntensiveAsync(referent);
        await CatalogueKnowsAsync(_pmsmp);
        object PlanWith(int? family) => new
        {
            objectives = Array.Empty<object>(),
            actions = new object[] { new { catalogueCode = _pmsmp, family, startDate = Today.AddDays(7) } },
        };

        var contradicting = await Json(await referent.PutAsJsonAsync($"/api/contracts/{contract}/plan", PlanWith(4)), HttpStatusCode.Conflict);
        var plan = await Json(await referent.PutAsJsonAsync($"/api/contracts/{contract}/plan", PlanWith(null)), HttpStatusCode.OK);

        Assert.Equal("family-mismatch", contradicting.GetProperty("code").GetString());
        Assert.Equal(1, plan.GetProperty("actions")[0].GetProperty("family").GetInt32());
    }

    [Fact]
    public async Task A_plan_naming_an_unknown_catalogue_entry_is_a_409_and_writes_nothing()
    {
        var referent = _app.ClientFor(TestTokens.Referent(_organisme));
        var contract = await ContractInIntensiveAsync(referent);

        var refused = await Json(await referent.PutAsJsonAsync($"/api/contracts/{contract}/plan", Plan("NOT_STARTED", "NOT-IN-CATALOGUE")), HttpStatusCode.Conflict);

        Assert.Equal("catalogue-entry-unknown", refused.GetProperty("code").GetString());
        await Json(await referent.GetAsync($"/api/contracts/{contract}/plan"), HttpStatusCode.NotFound);
        Assert.Equal(0, await QueryAsync(db => db.ActionPlanVersions.CountAsync(v => v.ContractId == contract)));
    }

    [Fact]
    public async Task Without_a_professional_placement_the_work_first_warning_shows_and_another_organisme_gets_404()
    {
        var referent = _app.ClientFor(TestTokens.Referent(_organisme));
        var contract = await ContractInIntensiveAsync(referent);

        var plan = await Json(await referent.PutAsJsonAsync($"/api/contracts/{contract}/plan", new
        {
            objectives = Array.Empty<object>(),
            actions = new[] { new { label = "Atelier CV", family = 3, supervision = "ACCOMPAGNEE", weeklyHours = 15, startDate = Today } },
        }), HttpStatusCode.OK);
        var stranger = _app.ClientFor(TestTokens.Manager(TestTokens.NewOrganisme()));

        Assert.Equal(["work-first"], plan.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("code").GetString()));
        await Json(await stranger.GetAsync($"/api/contracts/{contract}/plan"), HttpStatusCode.NotFound);
        await Json(await stranger.PutAsJsonAsync($"/api/contracts/{contract}/plan", Plan("NOT_STARTED")), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_archived_catalogue_entry_cannot_be_planned_and_a_late_older_update_does_not_revive_it()
    {
        var referent = _app.ClientFor(TestTokens.Referent(_organisme));
        var contract = await ContractInIntensiveAsync(referent);
        await CatalogueKnowsAsync(_pmsmp);
        var lateUpdate = Guid.NewGuid();
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var bus = scope.ServiceProvider.GetRequiredService<IBus>();
            await bus.Publish(new CatalogueEntryArchived(Guid.NewGuid(), DateTimeOffset.UtcNow, _pmsmp, 3, "NATIONAL", null));
            var archived = await Eventually.MatchAsync(() => QueryAsync(db => db.CatalogueEntries.AnyAsync(e => e.Code == _pmsmp && e.Archived)), a => a, TimeSpan.FromSeconds(90));
            Assert.True(archived, "the archive event never reached the copy");
            // an update of version 2 delivered after the archive of version 3 changes nothing
            await bus.Publish(new CatalogueEntryUpdated(Guid.NewGuid(), DateTimeOffset.UtcNow, _pmsmp, 2, "NATIONAL", null, "Renamed", "Mise en situation",
                "AUTONOME", "FORFAIT_JOURNEE", 7m, 35m, 5, null, true), context => context.MessageId = lateUpdate);
        }
        var consumed = await Eventually.MatchAsync(() => QueryAsync(db => db.Database.SqlQueryRaw<int>(
            "select count(*)::int as \"Value\" from inbox_messages where message_id = {0}", lateUpdate).SingleAsync()), n => n == 1, TimeSpan.FromSeconds(90));
        Assert.Equal(1, consumed);

        var refused = await Json(await referent.PutAsJsonAsync($"/api/contracts/{contract}/plan", Plan("NOT_STARTED")), HttpStatusCode.Conflict);

        Assert.Equal("catalogue-entry-archived", refused.GetProperty("code").GetString());
        var copy = await QueryAsync(db => db.CatalogueEntries.AsNoTracking().SingleAsync(e => e.Code == _pmsmp));
        Assert.Equal(("Immersion en entreprise (PMSMP)", true, 3), (copy.Label, copy.Archived, copy.Version));
    }
}
