using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Contracts.Api.Infrastructure;
using Intensif.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intensif.Contracts.Tests;

/// <summary>Lifecycle, amendments, intensive episodes, passation and exit through the API, on real PostgreSQL.</summary>
public sealed class ContractJourneyApiTests : IAsyncLifetime
{
    private ServiceApp<ContractsDbContext> _app = null!;
    private readonly string _organisme = TestTokens.NewOrganisme();
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    public async Task InitializeAsync() => _app = await ServiceApp<ContractsDbContext>.StartAsync("contractsdb");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private async Task<Guid> PersonAsync(HttpClient referent) =>
        (await Json(await referent.PostAsJsonAsync("/api/contracts/beneficiaries",
            new { firstName = "Samir", lastName = "Benali", birthDate = "1985-06-01", territory = "34" }), HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private async Task<List<string>> OutboxTypesAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContractsDbContext>();
        return await db.Database.SqlQueryRaw<string>("select message_type as \"Value\" from outbox_messages order by sequence").ToListAsync();
    }

    [Fact]
    public async Task A_draft_is_signed_by_both_sides_amended_and_closed_with_its_history_and_events()
    {
        var referent = _app.ClientFor(TestTokens.Referent(_organisme));
        var beneficiaryId = await PersonAsync(referent);

        var draft = await Json(await referent.PostAsJsonAsync("/api/contracts/drafts", new { beneficiaryId }), HttpStatusCode.Created);
        var id = draft.GetProperty("id").GetGuid();
        Assert.Equal(("DRAFT", 15m), (draft.GetProperty("status").GetString(), draft.GetProperty("targetWeeklyHours").GetDecimal()));
        var signed = await Json(await referent.PostAsJsonAsync($"/api/contracts/{id}/signature", new { beneficiaryAcknowledgedOn = Today }), HttpStatusCode.OK);
        Assert.Equal("SIGNED", signed.GetProperty("status").GetString());
        await Json(await referent.PostAsJsonAsync($"/api/contracts/{id}/activation", new { }), HttpStatusCode.OK);
        var amended = await Json(await referent.PostAsJsonAsync($"/api/contracts/{id}/amendments", new
        {
            weeklyDuration = new { regime = "ADJUSTED_DOWN", targetWeeklyHours = 10, justification = "Soins réguliers" },
            beneficiaryCommitments = "Participer aux ateliers",
            reason = "Avenant après le diagnostic",
        }), HttpStatusCode.OK);
        Assert.Equal(("ADJUSTED_DOWN", 10m, 4), (amended.GetProperty("regime").GetString(), amended.GetProperty("targetWeeklyHours").GetDecimal(), amended.GetProperty("version").GetInt32()));
        var closed = await Json(await referent.PostAsJsonAsync($"/api/contracts/{id}/closure", new { reason = "DEMENAGEMENT" }), HttpStatusCode.OK);
        Assert.Equal("CLOSED", closed.GetProperty("status").GetString());

        var versions = await Json(await referent.GetAsync($"/api/contracts/{id}/versions"), HttpStatusCode.OK);
        Assert.Equal(["DRAFTED", "SIGNED", "ACTIVATED", "AMENDED", "CLOSED"], versions.EnumerateArray().Select(v => v.GetProperty("change").GetString()));
        Assert.Equal(["ContractSigned", "ContractAmended", "ContractAmended", "ContractClosed"],
            (await OutboxTypesAsync()).Select(t => t.Split(',')[0].Split('.')[^1]));
        var audit = await Json(await _app.ClientFor(TestTokens.Manager(_organisme)).GetAsync($"/api/contracts/{id}/audit"), HttpStatusCode.OK);
        Assert.Equal(["contract.drafted", "contract.signed", "contract.activated", "contract.amended", "contract.closed"],
            audit.EnumerateArray().Select(a => a.GetProperty("action").GetString()));
        var amendment = audit[3];
        Assert.Equal(("referent-1", 15m, 10m), (amendment.GetProperty("actor").GetString(),
            amendment.GetProperty("before").GetProperty("targetWeeklyHours").GetDecimal(), amendment.GetProperty("after").GetProperty("targetWeeklyHours").GetDecimal()));
    }

    [Fact]
    public async Task Broken_rules_answer_409_with_a_stable_code_and_write_nothing()
    {
        var referent = _app.ClientFor(TestTokens.Referent(_organisme));
        var beneficiaryId = await PersonAsync(referent);
        var id = (await Json(await referent.PostAsJsonAsync("/api/contracts", new { beneficiaryId }), HttpStatusCode.Created)).GetProperty("id").GetGuid();

        async Task<string?> Code(HttpResponseMessage r) => (await Json(r, HttpStatusCode.Conflict)).GetProperty("code").GetString();
        Assert.Equal("exemption-requires-beneficiary-request", await Code(await referent.PostAsJsonAsync($"/api/contracts/{id}/amendments",
            new { weeklyDuration = new { regime = "EXEMPT", justification = "Invalidité" }, reason = "Demande" })));
        Assert.Equal("justification-required", await Code(await referent.PostAsJsonAsync($"/api/contracts/{id}/amendments",
            new { weeklyDuration = new { regime = "ADJUSTED_UP", targetWeeklyHours = 20 }, reason = "Demande" })));
        Assert.Equal("intensive-duration-out-of-bounds", await Code(await referent.PostAsJsonAsync($"/api/contracts/{id}/intensive-episodes",
            new { plannedEndDate = Today.AddMonths(13) })));
        Assert.Equal("invalid-contract-transition", await Code(await referent.PostAsJsonAsync($"/api/contracts/{id}/signature",
            new { beneficiaryAcknowledgedOn = Today })));

        var contract = await Json(await referent.GetAsync($"/api/contracts/{id}"), HttpStatusCode.OK);
        Assert.Equal((1, "SIGNED"), (contract.GetProperty("version").GetInt32(), contract.GetProperty("status").GetString()));
        Assert.Equal(["ContractSigned"], (await OutboxTypesAsync()).Select(t => t.Split(',')[0].Split('.')[^1]));
    }

    [Fact]
    public async Task Bad_input_is_a_400_with_field_errors_never_a_500()
    {
        var referent = _app.ClientFor(TestTokens.Referent(_organisme));
        var beneficiaryId = await PersonAsync(referent);
        var id = (await Json(await referent.PostAsJsonAsync("/api/contracts", new { beneficiaryId }), HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var noEnd = await Json(await referent.PostAsJsonAsync($"/api/contracts/{id}/intensive-episodes", new { }), HttpStatusCode.BadRequest);
        Assert.Contains("plannedEndDate", noEnd.GetProperty("errors").ToString(), StringComparison.OrdinalIgnoreCase);
        await Json(await referent.PostAsJsonAsync($"/api/contracts/{id}/closure", new { reason = "PARTI" }), HttpStatusCode.BadRequest);
        await Json(await referent.PostAsJsonAsync($"/api/contracts/{id}/amendments", new { weeklyDuration = new { regime = "STANDARD" } }), HttpStatusCode.BadRequest);
        await Json(await referent.PostAsJsonAsync($"/api/contracts/beneficiaries/{beneficiaryId}/referent-changes",
            new { toReferentId = "ref-2", reason = "ABSENCE" }), HttpStatusCode.BadRequest);
        Assert.Equal(1, (await Json(await referent.GetAsync($"/api/contracts/{id}"), HttpStatusCode.OK)).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Intensive_episode_started_extended_handed_over_and_ended_with_its_exit()
    {
        var referent = _app.ClientFor(TestTokens.Referent(_organisme));
        var manager = _app.ClientFor(TestTokens.Manager(_organisme));
        Assert.Equal(HttpStatusCode.OK, (await manager.PutAsJsonAsync("/api/contracts/local-policy",
            new { capacityIntensive = 40, intensiveDurationMinMonths = 2, intensiveDurationMaxMonths = 6, targetWeeklyHoursDefault = 15 })).StatusCode);
        var beneficiaryId = await PersonAsync(referent);
        var id = (await Json(await referent.PostAsJsonAsync("/api/contracts", new { beneficiaryId }), HttpStatusCode.Created)).GetProperty("id").GetGuid();

        Assert.Equal("intensive-duration-out-of-bounds", (await Json(await referent.PostAsJsonAsync($"/api/contracts/{id}/intensive-episodes",
            new { plannedEndDate = Today.AddMonths(7) }), HttpStatusCode.Conflict)).GetProperty("code").GetString());
        var episode = await Json(await referent.PostAsJsonAsync($"/api/contracts/{id}/intensive-episodes", new { plannedEndDate = Today.AddMonths(3) }), HttpStatusCode.Created);
        var episodeId = episode.GetProperty("id").GetGuid();
        Assert.Equal("ACTIVE", (await Json(await referent.GetAsync($"/api/contracts/{id}"), HttpStatusCode.OK)).GetProperty("status").GetString());
        var extended = await Json(await referent.PostAsJsonAsync($"/api/contracts/{id}/intensive-episodes/{episodeId}/extension",
            new { plannedEndDate = Today.AddMonths(6), reason = "Formation en cours" }), HttpStatusCode.OK);
        Assert.Equal(1, extended.GetProperty("extensionCount").GetInt32());

        await Json(await referent.PostAsJsonAsync($"/api/contracts/beneficiaries/{beneficiaryId}/referent-changes",
            new { toReferentId = "referent-2", reason = "ABSENCE", handoverNote = "Reprise du suivi pendant le congé" }), HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.NotFound, (await referent.GetAsync($"/api/contracts/{id}")).StatusCode);
        var receiving = _app.ClientFor(TestTokens.Referent(_organisme, "referent-2"));
        var ended = await Json(await receiving.PostAsJsonAsync($"/api/contracts/{id}/intensive-episodes/{episodeId}/exit", new
        {
            exitType = "EMPLOI_DURABLE",
            barriersAtExit = new[] { new { type = "MOBILITE", level = "MOYEN" } },
        }), HttpStatusCode.OK);
        Assert.Equal(("ENDED", "EMPLOI_DURABLE", "referent-2"), (ended.GetProperty("status").GetString(), ended.GetProperty("exitType").GetString(), ended.GetProperty("referentId").GetString()));

        var versions = await Json(await receiving.GetAsync($"/api/contracts/{id}/versions"), HttpStatusCode.OK);
        Assert.Equal(["SIGNED", "ACTIVATED", "INTENSIVE_STARTED", "INTENSIVE_EXTENDED", "REFERENT_CHANGED", "INTENSIVE_ENDED"],
            versions.EnumerateArray().Select(v => v.GetProperty("change").GetString()));
        var types = (await OutboxTypesAsync()).Select(t => t.Split(',')[0].Split('.')[^1]).ToList();
        Assert.Equal(["ContractSigned", "IntensiveEpisodeStarted", "ContractAmended", "IntensiveEpisodeExtended", "ContractAmended",
            "ContractAmended", "ReferentChanged", "IntensiveEpisodeEnded", "ContractAmended"], types);
    }

    [Fact]
    public async Task Another_organisme_gets_404_and_a_partner_403_on_every_contract_write()
    {
        var referent = _app.ClientFor(TestTokens.Referent(_organisme));
        var beneficiaryId = await PersonAsync(referent);
        var id = (await Json(await referent.PostAsJsonAsync("/api/contracts", new { beneficiaryId }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var stranger = _app.ClientFor(TestTokens.Manager(TestTokens.NewOrganisme()));
        var colleague = _app.ClientFor(TestTokens.Referent(_organisme, "referent-9"));
        var partner = _app.ClientFor(TestTokens.Issuer.Mint(new Intensif.Hosting.Identity.PlatformUser("p-1", "Partner", "partner-1", "partner", "partner", ["34"]), TimeSpan.FromHours(1)));

        foreach (var client in new[] { stranger, colleague })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"/api/contracts/{id}/intensive-episodes", new { plannedEndDate = Today.AddMonths(3) })).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/contracts/{id}/versions")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"/api/contracts/beneficiaries/{beneficiaryId}/referent-changes",
                new { toReferentId = "x", reason = "ABSENCE", handoverNote = "Note" })).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.PostAsJsonAsync($"/api/contracts/{id}/closure", new { reason = "AUTRE" })).StatusCode);
        // the organisme's manager writes for the whole organisme
        Assert.Equal(HttpStatusCode.Created, (await _app.ClientFor(TestTokens.Manager(_organisme)).PostAsJsonAsync($"/api/contracts/{id}/intensive-episodes",
            new { plannedEndDate = Today.AddMonths(3) })).StatusCode);
    }
}
