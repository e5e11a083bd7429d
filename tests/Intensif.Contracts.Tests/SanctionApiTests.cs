using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Contracts.Api.Infrastructure;
using Intensif.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intensif.Contracts.Tests;

/// <summary>Breach files and sanctions through the API, on real PostgreSQL.</summary>
public sealed class SanctionApiTests : IAsyncLifetime
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
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement;
    }

    private static async Task<string?> Code(HttpResponseMessage r) => (await Json(r, HttpStatusCode.Conflict)).GetProperty("code").GetString();

    /// <summary>A person with the given publics and a signed contract; returns (person, contract).</summary>
    private static async Task<(Guid Person, Guid Contract)> PersonWithContractAsync(HttpClient referent, object situation)
    {
        var person = (await Json(await referent.PostAsJsonAsync("/api/contracts/beneficiaries", situation), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var contract = (await Json(await referent.PostAsJsonAsync("/api/contracts", new { beneficiaryId = person, signedOn = Today.AddDays(-60) }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        return (person, contract);
    }

    private static async Task<Guid> OpenAsync(HttpClient referent, Guid person, string benefit) =>
        (await Json(await referent.PostAsJsonAsync($"/api/contracts/beneficiaries/{person}/breach-files", new
        {
            breachType = "ASSIDUITE", benefit, detectedOn = Today.AddDays(-20),
            evidence = new[] { new { kind = "WEEKLY_PROGRAMME", reference = "2026-W45", summary = "0 h réalisées sur 15" } },
        }), HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private async Task<string[]> OutboxTypesAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContractsDbContext>();
        return (await db.Database.SqlQueryRaw<string>("select message_type as \"Value\" from outbox_messages order by sequence").ToListAsync())
            .Select(t => t.Split(',')[0].Split('.')[^1]).ToArray();
    }

    [Fact]
    public async Task An_RSA_sanction_goes_through_observations_and_the_EP_is_capped_at_50_percent_suspends_the_contract_and_is_lifted_by_an_amendment()
    {
        var referent = _app.ClientFor(TestTokens.Referent(_organisme));
        var manager = _app.ClientFor(TestTokens.Manager(_organisme));
        var (person, contract) = await PersonWithContractAsync(referent, new
        {
            firstName = "Sonia", lastName = "Petit", birthDate = "1990-05-05", territory = "34", publics = new[] { "RSA" },
            rsaHousehold = new { size = 3, singleParentMajoration = true, childrenUnder12 = 2 },
        });
        var file = await OpenAsync(referent, person, "RSA");
        var path = $"/api/contracts/beneficiaries/{person}/breach-files/{file}";

        Assert.Equal("observations-step-missing", await Code(await manager.PostAsJsonAsync($"{path}/decision",
            new { authority = "PCD", sanction = true, measure = "SUSPENSION", ratePercent = 50, durationMonths = 1 })));
        await Json(await referent.PostAsJsonAsync($"{path}/observations-invitation", new { on = Today.AddDays(-15) }), HttpStatusCode.OK);
        await Json(await referent.PostAsJsonAsync($"{path}/observations", new { on = Today.AddDays(-10), legitimateReasonClaimed = false }), HttpStatusCode.OK);
        Assert.Equal("ep-opinion-missing", await Code(await manager.PostAsJsonAsync($"{path}/decision",
            new { authority = "PCD", sanction = true, measure = "SUSPENSION", ratePercent = 50, durationMonths = 1 })));
        await Json(await referent.PostAsJsonAsync($"{path}/ep-opinion", new { on = Today.AddDays(-5), opinion = "SANCTION" }), HttpStatusCode.OK);
        Assert.Equal("sanction-household-cap", await Code(await manager.PostAsJsonAsync($"{path}/decision",
            new { authority = "PCD", sanction = true, measure = "SUSPENSION", ratePercent = 60, durationMonths = 1 })));
        var decided = await Json(await manager.PostAsJsonAsync($"{path}/decision",
            new { authority = "PCD", decisionDate = Today.AddDays(-1), sanction = true, measure = "SUSPENSION", ratePercent = 50, durationMonths = 2 }), HttpStatusCode.OK);
        var suspended = await Json(await referent.GetAsync($"/api/contracts/{contract}"), HttpStatusCode.OK);

        Assert.Equal(("SANCTIONED", "FIRST", true), (decided.GetProperty("status").GetString(), decided.GetProperty("rank").GetString(),
            decided.GetProperty("householdCapApplied").GetBoolean()));
        Assert.Equal("SUSPENDED_SANCTION", suspended.GetProperty("status").GetString());

        var amended = await Json(await referent.PostAsJsonAsync($"/api/contracts/{contract}/amendments", new { weeklyDuration = new { regime = "STANDARD" }, reason = "Contrat actualisé avec la personne" }), HttpStatusCode.OK);
        var lifted = await Json(await referent.GetAsync(path), HttpStatusCode.OK);

        Assert.Equal("ACTIVE", amended.GetProperty("status").GetString());
        Assert.Equal(("LIFTED", "CONTRACT_UPDATED", true), (lifted.GetProperty("status").GetString(), lifted.GetProperty("liftReason").GetString(),
            lifted.GetProperty("amountsRepaid").GetBoolean()));
        var types = await OutboxTypesAsync();
        Assert.Equal(["BreachFileOpened", "SanctionDecided", "SanctionLifted"],
            types.Where(t => t is "BreachFileOpened" or "SanctionDecided" or "SanctionLifted"));
    }

    [Fact]
    public async Task An_allowance_sanction_is_recorded_by_a_manager_only_and_lifted_on_compliance_which_resumes_the_contract()
    {
        var referent = _app.ClientFor(TestTokens.Referent(_organisme));
        var manager = _app.ClientFor(TestTokens.Manager(_organisme));
        var (person, contract) = await PersonWithContractAsync(referent, new
        {
            firstName = "Marc", lastName = "Leroy", birthDate = "1975-01-20", territory = "34", publics = new[] { "ARE" },
        });
        var file = await OpenAsync(referent, person, "ALLOCATION_CHOMAGE");
        var path = $"/api/contracts/beneficiaries/{person}/breach-files/{file}";
        await Json(await referent.PostAsJsonAsync($"{path}/observations-invitation", new { on = Today.AddDays(-15) }), HttpStatusCode.OK);
        var decision = new { authority = "FRANCE_TRAVAIL", sanction = true, measure = "SUSPENSION", ratePercent = 30, durationMonths = 1 };

        await Json(await referent.PostAsJsonAsync($"{path}/decision", decision), HttpStatusCode.Forbidden);
        Assert.Equal("ep-opinion-rsa-only", await Code(await referent.PostAsJsonAsync($"{path}/ep-opinion", new { opinion = "SANCTION" })));
        await Json(await manager.PostAsJsonAsync($"{path}/decision", decision), HttpStatusCode.OK);
        var lifted = await Json(await referent.PostAsJsonAsync($"{path}/lifting", new { }), HttpStatusCode.OK);
        var resumed = await Json(await referent.GetAsync($"/api/contracts/{contract}"), HttpStatusCode.OK);
        var versions = await Json(await referent.GetAsync($"/api/contracts/{contract}/versions"), HttpStatusCode.OK);

        Assert.Equal(("LIFTED", "COMPLIANCE"), (lifted.GetProperty("status").GetString(), lifted.GetProperty("liftReason").GetString()));
        Assert.Equal("ACTIVE", resumed.GetProperty("status").GetString());
        Assert.Equal(["SIGNED", "SUSPENDED", "RESUMED"], versions.EnumerateArray().Select(v => v.GetProperty("change").GetString()));
    }

    [Fact]
    public async Task A_sanction_past_its_decided_end_date_ends_by_itself_resumes_the_contract_is_audited_as_the_platform_and_publishes_SanctionLifted()
    {
        var referent = _app.ClientFor(TestTokens.Referent(_organisme));
        var manager = _app.ClientFor(TestTokens.Manager(_organisme));
        var (person, contract) = await PersonWithContractAsync(referent, new
        {
            firstName = "Lina", lastName = "Morel", birthDate = "1982-03-08", territory = "34", publics = new[] { "ARE" },
        });
        var file = (await Json(await referent.PostAsJsonAsync($"/api/contracts/beneficiaries/{person}/breach-files", new
        {
            breachType = "ASSIDUITE", benefit = "ALLOCATION_CHOMAGE", detectedOn = Today.AddDays(-58),
            evidence = new[] { new { kind = "WEEKLY_PROGRAMME", reference = "2026-W38", summary = "0 h réalisées sur 15" } },
        }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var path = $"/api/contracts/beneficiaries/{person}/breach-files/{file}";
        await Json(await referent.PostAsJsonAsync($"{path}/observations-invitation", new { on = Today.AddDays(-55) }), HttpStatusCode.OK);
        var decided = await Json(await manager.PostAsJsonAsync($"{path}/decision", new
        {
            authority = "FRANCE_TRAVAIL", decisionDate = Today.AddDays(-50), sanction = true, measure = "SUSPENSION", ratePercent = 30, durationMonths = 1,
        }), HttpStatusCode.OK);
        var suspended = await Json(await referent.GetAsync($"/api/contracts/{contract}"), HttpStatusCode.OK);

        int ended;
        await using (var scope = _app.Services.CreateAsyncScope())
            ended = await scope.ServiceProvider.GetRequiredService<Intensif.Contracts.Api.Apis.SanctionEnding>().EndDueAsync(CancellationToken.None);
        int again;
        await using (var scope = _app.Services.CreateAsyncScope())
            again = await scope.ServiceProvider.GetRequiredService<Intensif.Contracts.Api.Apis.SanctionEnding>().EndDueAsync(CancellationToken.None);

        var lifted = await Json(await referent.GetAsync(path), HttpStatusCode.OK);
        var resumed = await Json(await referent.GetAsync($"/api/contracts/{contract}"), HttpStatusCode.OK);
        var audit = await Json(await manager.GetAsync($"/api/contracts/{contract}/audit"), HttpStatusCode.OK);
        Assert.Equal("SUSPENDED_SANCTION", suspended.GetProperty("status").GetString());
        Assert.True(ended >= 1);
        Assert.Equal(0, again);
        Assert.Equal(("LIFTED", "ENDED", decided.GetProperty("sanctionEndsOn").GetString(), false),
            (lifted.GetProperty("status").GetString(), lifted.GetProperty("liftReason").GetString(), lifted.GetProperty("liftedOn").GetString(),
                lifted.GetProperty("amountsRepaid").GetBoolean()));
        Assert.Equal("ACTIVE", resumed.GetProperty("status").GetString());
        Assert.Contains(audit.EnumerateArray(), e => e.GetProperty("action").GetString() == "contract.resumed" && e.GetProperty("actor").GetString() == "platform");
        Assert.Equal(1, (await OutboxTypesAsync()).Count(t => t == "SanctionLifted"));
    }

    [Fact]
    public async Task A_breach_file_without_evidence_is_a_400_a_benefit_not_received_a_409_and_another_organisme_gets_404()
    {
        var referent = _app.ClientFor(TestTokens.Referent(_organisme));
        var (person, _) = await PersonWithContractAsync(referent, new { firstName = "Eva", lastName = "Blanc", birthDate = "1985-07-07", territory = "34", publics = new[] { "ASS" } });

        await Json(await referent.PostAsJsonAsync($"/api/contracts/beneficiaries/{person}/breach-files",
            new { breachType = "ASSIDUITE", benefit = "ALLOCATION_CHOMAGE", evidence = Array.Empty<object>() }), HttpStatusCode.BadRequest);
        Assert.Equal("benefit-not-received", await Code(await referent.PostAsJsonAsync($"/api/contracts/beneficiaries/{person}/breach-files", new
        {
            breachType = "ASSIDUITE", benefit = "RSA", evidence = new[] { new { kind = "INTERVIEW", reference = "rdv-1" } },
        })));
        var file = await OpenAsync(referent, person, "ALLOCATION_CHOMAGE");
        var stranger = _app.ClientFor(TestTokens.Manager(TestTokens.NewOrganisme()));

        await Json(await stranger.GetAsync($"/api/contracts/beneficiaries/{person}/breach-files/{file}"), HttpStatusCode.NotFound);
        await Json(await stranger.PostAsJsonAsync($"/api/contracts/beneficiaries/{person}/breach-files/{file}/observations-invitation", new { }), HttpStatusCode.NotFound);
        Assert.Single((await Json(await referent.GetAsync($"/api/contracts/beneficiaries/{person}/breach-files"), HttpStatusCode.OK)).EnumerateArray());
    }
}
