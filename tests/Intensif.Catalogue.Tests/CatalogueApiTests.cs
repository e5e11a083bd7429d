using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Catalogue.Api.Infrastructure;
using Intensif.Testing;

namespace Intensif.Catalogue.Tests;

public sealed class CatalogueApiTests : IAsyncLifetime
{
    private ServiceApp<CatalogueDbContext> _app = null!;

    public async Task InitializeAsync() => _app = await ServiceApp<CatalogueDbContext>.StartAsync("cataloguedb");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_published_activity_is_found_by_its_code_and_a_duplicate_code_is_a_409()
    {
        var manager = _app.ClientFor(TestTokens.Manager(TestTokens.NewOrganisme()));
        var entry = new { code = "emp-pmsmp-01", label = "Période de mise en situation en milieu professionnel", category = "IMMERSION", family = 1, valuation = "FORFAIT_JOURNEE", forfaitHours = 7 };

        Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync("/api/catalogue/entries", entry)).StatusCode);
        var found = await manager.GetFromJsonAsync<JsonElement>("/api/catalogue/entries/EMP-PMSMP-01");
        var duplicate = await manager.PostAsJsonAsync("/api/catalogue/entries", entry);

        Assert.Equal(7m, found.GetProperty("forfaitHours").GetDecimal());
        Assert.Equal("FORFAIT_JOURNEE", found.GetProperty("valuation").GetString());
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
    }

    [Fact]
    public async Task An_unknown_valuation_method_is_a_400_problem()
    {
        var manager = _app.ClientFor(TestTokens.Manager(TestTokens.NewOrganisme()));

        var response = await manager.PostAsJsonAsync("/api/catalogue/entries",
            new { code = "X-01", label = "Atelier", category = "ATELIER", family = 3, valuation = "AU_FEELING", forfaitHours = 2 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync("/api/catalogue/entries/X-01")).StatusCode);
    }
}
