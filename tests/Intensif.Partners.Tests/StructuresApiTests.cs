using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Partners.Api.Infrastructure;
using Intensif.Testing;

namespace Intensif.Partners.Tests;

public sealed class StructuresApiTests : IAsyncLifetime
{
    private ServiceApp<PartnersDbContext> _app = null!;

    public async Task InitializeAsync() => _app = await ServiceApp<PartnersDbContext>.StartAsync("partnersdb");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_partner_structure_is_registered_with_a_valid_siret_only()
    {
        var operatorClient = _app.ClientFor(TestTokens.Operator());

        var valid = await operatorClient.PostAsJsonAsync("/api/partners/structures",
            new { name = "PLIE Est-Héraultais", siret = "73282932000074", type = "PLIE", territories = new[] { "34" } });
        var badCheckDigit = await operatorClient.PostAsJsonAsync("/api/partners/structures",
            new { name = "Structure", siret = "73282932000075", type = "PLIE", territories = new[] { "34" } });

        Assert.Equal(HttpStatusCode.Created, valid.StatusCode);
        var id = (await valid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal("PLIE Est-Héraultais", (await operatorClient.GetFromJsonAsync<JsonElement>($"/api/partners/structures/{id}")).GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.Conflict, badCheckDigit.StatusCode);
        Assert.Equal("invalid-siret", (await badCheckDigit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }
}
