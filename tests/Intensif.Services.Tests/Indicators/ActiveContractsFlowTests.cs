using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Contracts.Api.Infrastructure;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.Testing;

namespace Intensif.Services.Tests.Indicators;

/// <summary>Contracts and Indicators in-process, each with its own database, talking through the real RabbitMQ.</summary>
public sealed class ActiveContractsFlowTests : IAsyncLifetime
{
    private ServiceApp<ContractsDbContext> _contracts = null!;
    private ServiceApp<IndicatorsDbContext> _indicators = null!;

    public async Task InitializeAsync()
    {
        _indicators = await ServiceApp<IndicatorsDbContext>.StartAsync("indicatorsdb");
        _contracts = await ServiceApp<ContractsDbContext>.StartAsync("contractsdb");
    }

    public async Task DisposeAsync()
    {
        await _contracts.DisposeAsync();
        await _indicators.DisposeAsync();
    }

    [Fact]
    public async Task A_signed_contract_is_counted_for_its_organisme_and_invisible_to_another()
    {
        var organisme = TestTokens.NewOrganisme();
        var referent = _contracts.ClientFor(TestTokens.Referent(organisme));
        for (var i = 0; i < 2; i++)
        {
            var person = await (await referent.PostAsJsonAsync("/api/contracts/beneficiaries",
                new { firstName = "Léa", lastName = $"Martin{i}", birthDate = "1988-01-30", territory = "93" })).Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(HttpStatusCode.Created, (await referent.PostAsJsonAsync("/api/contracts", new { beneficiaryId = person.GetProperty("id").GetGuid() })).StatusCode);
        }
        var manager = _indicators.ClientFor(TestTokens.Manager(organisme));

        var count = await Eventually.MatchAsync(
            async () => (await manager.GetFromJsonAsync<JsonElement>($"/api/indicators/organismes/{organisme}/active-contracts")).GetProperty("activeContracts").GetInt32(),
            c => c == 2);

        Assert.Equal(2, count);
        var otherManager = _indicators.ClientFor(TestTokens.Manager(TestTokens.NewOrganisme()));
        Assert.Equal(HttpStatusCode.NotFound, (await otherManager.GetAsync($"/api/indicators/organismes/{organisme}/active-contracts")).StatusCode);
    }
}
