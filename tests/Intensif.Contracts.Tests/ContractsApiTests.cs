using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Contracts.Api.Infrastructure;
using Intensif.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intensif.Contracts.Tests;

public sealed class ContractsApiTests : IAsyncLifetime
{
    private ServiceApp<ContractsDbContext> _app = null!;
    private readonly string _organisme = TestTokens.NewOrganisme();

    public async Task InitializeAsync() => _app = await ServiceApp<ContractsDbContext>.StartAsync("contractsdb");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static object Person(string territory = "75") =>
        new { firstName = "Awa", lastName = "Diallo", birthDate = "1990-04-12", territory, franceTravailId = "1234567A" };

    private async Task<Guid> RegisterAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/contracts/beneficiaries", Person());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task Signing_a_contract_stores_it_and_its_ContractSigned_event_in_one_commit()
    {
        var referent = _app.ClientFor(TestTokens.Referent(_organisme));
        var beneficiaryId = await RegisterAsync(referent);

        var response = await referent.PostAsJsonAsync("/api/contracts", new { beneficiaryId, signedOn = "2026-11-02" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var contract = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("SIGNED", contract.GetProperty("status").GetString());
        Assert.Equal(_organisme, contract.GetProperty("organismeId").GetString());
        Assert.Equal("2026-11-02", contract.GetProperty("signedOn").GetString());
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContractsDbContext>();
        var types = await db.Database.SqlQueryRaw<string>("select message_type as \"Value\" from outbox_messages").ToListAsync();
        Assert.Contains(types, t => t.Contains("ContractSigned"));
    }

    [Fact]
    public async Task A_second_contract_in_force_for_the_same_person_is_refused_with_a_stable_code()
    {
        var referent = _app.ClientFor(TestTokens.Referent(_organisme));
        var beneficiaryId = await RegisterAsync(referent);
        Assert.Equal(HttpStatusCode.Created, (await referent.PostAsJsonAsync("/api/contracts", new { beneficiaryId })).StatusCode);

        var second = await referent.PostAsJsonAsync("/api/contracts", new { beneficiaryId });

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        Assert.Equal("contract-already-in-force", (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Bad_input_gets_field_errors_and_persists_nothing()
    {
        var referent = _app.ClientFor(TestTokens.Referent(_organisme));

        var response = await referent.PostAsJsonAsync("/api/contracts/beneficiaries", new { firstName = "", birthDate = "1990-04-12", territory = "999" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("LastName", out _) || errors.TryGetProperty("lastName", out _), problem.ToString());
        Assert.True(errors.TryGetProperty("Territory", out _) || errors.TryGetProperty("territory", out _), problem.ToString());
        await using var scope = _app.Services.CreateAsyncScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<ContractsDbContext>().Beneficiaries.CountAsync(b => b.OrganismeId == _organisme));
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_400_problem_not_a_500()
    {
        var referent = _app.ClientFor(TestTokens.Referent(_organisme));

        var response = await referent.PostAsync("/api/contracts", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Another_organismes_beneficiary_and_contract_answer_404()
    {
        var referent = _app.ClientFor(TestTokens.Referent(_organisme));
        var beneficiaryId = await RegisterAsync(referent);
        var signed = await (await referent.PostAsJsonAsync("/api/contracts", new { beneficiaryId })).Content.ReadFromJsonAsync<JsonElement>();
        var other = _app.ClientFor(TestTokens.Manager(TestTokens.NewOrganisme()));

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/contracts/beneficiaries/{beneficiaryId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/contracts/{signed.GetProperty("id").GetGuid()}")).StatusCode);
        var sameOrganisme = _app.ClientFor(TestTokens.Manager(_organisme));
        Assert.Equal(HttpStatusCode.OK, (await sameOrganisme.GetAsync($"/api/contracts/beneficiaries/{beneficiaryId}")).StatusCode);
    }

    [Fact]
    public async Task Without_a_token_the_api_answers_401_and_a_manager_cannot_sign()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await _app.ClientFor(null).PostAsJsonAsync("/api/contracts/beneficiaries", Person())).StatusCode);
        var manager = _app.ClientFor(TestTokens.Manager(_organisme));
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PostAsJsonAsync("/api/contracts/beneficiaries", Person())).StatusCode);
    }
}
