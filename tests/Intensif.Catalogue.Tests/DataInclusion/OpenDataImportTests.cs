using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Catalogue.Api.Infrastructure;
using Intensif.Testing;

namespace Intensif.Catalogue.Tests.DataInclusion;

/// <summary>data·inclusion services imported as drafts that SR-13 keeps unpublished until completed.</summary>
public sealed class OpenDataImportTests : IAsyncLifetime
{
    private ServiceApp<CatalogueDbContext> _app = null!;

    public async Task InitializeAsync() => _app = await ServiceApp<CatalogueDbContext>.StartAsync("cataloguedb");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static object Service(string id, string[]? zone = null) => new
    {
        source = "dora", structure_id = "dora--42", id, nom = "Atelier numérique de la médiathèque", description = "Prendre en main son smartphone.",
        date_maj = "2025-02-14", type = "atelier", thematiques = new[] { "numerique--maitriser-les-fondamentaux-du-numerique" },
        publics = new[] { "seniors" }, frais = "gratuit", modes_accueil = new[] { "en-presentiel" }, zone_eligibilite = zone ?? ["75056"],
        adresse = (string?)null, courriel = "mediatheque@example.org",
    };

    [Fact]
    public async Task A_manager_imports_services_as_local_drafts_once_and_they_cannot_be_published_before_completion()
    {
        var manager = _app.ClientFor(TestTokens.Manager(TestTokens.NewOrganisme()));

        var first = await manager.PostAsJsonAsync("/api/catalogue/open-data/import", new[] { Service("dora--num-1"), Service("dora--num-2") });
        var again = await manager.PostAsJsonAsync("/api/catalogue/open-data/import", new[] { Service("dora--num-1") });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var report = (await first.Content.ReadFromJsonAsync<JsonElement[]>())!;
        Assert.All(report, r => Assert.True(r.GetProperty("created").GetBoolean()));
        var code = report[0].GetProperty("code").GetString()!;
        var repeated = (await again.Content.ReadFromJsonAsync<JsonElement[]>())!.Single();
        Assert.Equal((code, false), (repeated.GetProperty("code").GetString(), repeated.GetProperty("created").GetBoolean()));
        var draft = await manager.GetFromJsonAsync<JsonElement>($"/api/catalogue/entries/{code}");
        Assert.Equal(("DRAFT", "LOCAL", "PRESENTIEL"), (draft.GetProperty("status").GetString(), draft.GetProperty("scope").GetString(), draft.GetProperty("channel").GetString()));
        Assert.Equal("75", draft.GetProperty("territories")[0].GetString());
        var publish = await manager.PostAsync($"/api/catalogue/entries/{code}/publish", null);
        Assert.Equal(HttpStatusCode.Conflict, publish.StatusCode);
        Assert.Equal("entry.imported", (await manager.GetFromJsonAsync<JsonElement[]>($"/api/catalogue/entries/{code}/versions"))![0].GetProperty("action").GetString());
    }

    [Fact]
    public async Task One_invalid_service_is_a_400_naming_it_and_nothing_is_imported()
    {
        var manager = _app.ClientFor(TestTokens.Manager(TestTokens.NewOrganisme()));

        var response = await manager.PostAsJsonAsync("/api/catalogue/open-data/import", new[] { Service("dora--ok"), Service("dora--epci", ["200093201"]) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("[1].zone_eligibilite", out _));
        var drafts = await manager.GetFromJsonAsync<JsonElement>("/api/catalogue/entries?status=DRAFT");
        Assert.Equal(0, drafts.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Malformed_input_is_a_400_and_a_referent_may_not_import()
    {
        var manager = _app.ClientFor(TestTokens.Manager(TestTokens.NewOrganisme()));
        var referent = _app.ClientFor(TestTokens.Referent(TestTokens.NewOrganisme()));

        var withoutName = await manager.PostAsJsonAsync("/api/catalogue/open-data/import", new[] { new { source = "dora", id = "dora--x", date_maj = "2025-02-14" } });
        var nullName = await manager.PostAsJsonAsync("/api/catalogue/open-data/import",
            new[] { new { source = "dora", structure_id = "dora--1", id = "dora--x", nom = (string?)null, description = "Cinq caractères", date_maj = "2025-02-14" } });
        var empty = await manager.PostAsJsonAsync("/api/catalogue/open-data/import", Array.Empty<object>());
        var byReferent = await referent.PostAsJsonAsync("/api/catalogue/open-data/import", new[] { Service("dora--ref") });

        Assert.Equal(HttpStatusCode.BadRequest, withoutName.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, nullName.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byReferent.StatusCode);
    }
}
