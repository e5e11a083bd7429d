using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Catalogue.Api.Infrastructure;
using Intensif.Testing;

namespace Intensif.Catalogue.Tests;

/// <summary>Search over the seeded national catalogue: French full text without accents, filters, cursor pages.</summary>
public sealed class SearchTests : IAsyncLifetime
{
    private ServiceApp<CatalogueDbContext> _app = null!;
    private HttpClient _referent = null!;

    public async Task InitializeAsync()
    {
        _app = await ServiceApp<CatalogueDbContext>.StartAsync("cataloguedb");
        _referent = _app.ClientFor(TestTokens.Referent(TestTokens.NewOrganisme()));
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<string[]> CodesAsync(string query)
    {
        var page = await _referent.GetFromJsonAsync<JsonElement>("/api/catalogue/entries?limit=100&" + query);
        return [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()!)];
    }

    [Fact]
    public async Task Full_text_ignores_accents_and_plurals()
    {
        Assert.Contains("NUM-ATL-01", await CodesAsync("q=ateliers%20numeriques"));
        Assert.Contains("PRO-BIL-01", await CodesAsync("q=competence"));
        Assert.Equal(["MOB-CODE-01", "MOB-CODE-02"], await CodesAsync("q=code%20de%20la%20route"));
    }

    [Fact]
    public async Task Filters_combine_family_supervision_dimension_and_theme()
    {
        Assert.Equal(["EMP-MAINT-01"], await CodesAsync("family=6&supervision=AUTONOME"));
        Assert.Equal(["MOB-CODE-01", "MOB-CODE-02", "MOB-COND-01"], await CodesAsync("theme=mobilite--preparer-un-permis"));
        Assert.All(await CodesAsync("dimension=SOCIAL&family=5"), code => Assert.DoesNotContain(code, new[] { "MOB-CODE-01", "NUM-PIX-01" }));
    }

    [Fact]
    public async Task A_territory_sees_national_entries_and_its_own_local_ones()
    {
        var manager = _app.ClientFor(TestTokens.Manager(TestTokens.NewOrganisme(), territory: "92"));
        await manager.PostAsJsonAsync("/api/catalogue/entries", CatalogueApiTests.Workshop("LOC-92-01") as object);
        await manager.PutAsJsonAsync("/api/catalogue/entries/LOC-92-01", WithTerritory("92"));
        await manager.PostAsync("/api/catalogue/entries/LOC-92-01/publish", null);

        Assert.Contains("LOC-92-01", await CodesAsync("territory=92"));
        Assert.DoesNotContain("LOC-92-01", await CodesAsync("territory=75"));
        Assert.Contains("GEN-ENT-01", await CodesAsync("territory=75"));
    }

    [Fact]
    public async Task Drafts_are_not_searched_by_others()
    {
        var manager = _app.ClientFor(TestTokens.Manager(TestTokens.NewOrganisme()));
        await manager.PostAsJsonAsync("/api/catalogue/entries", CatalogueApiTests.Workshop("LOC-DRF-01"));

        Assert.DoesNotContain("LOC-DRF-01", await CodesAsync("status=DRAFT"));
        var own = await manager.GetFromJsonAsync<JsonElement>("/api/catalogue/entries?status=DRAFT");
        Assert.Equal("LOC-DRF-01", own.GetProperty("items")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Cursor_pages_walk_the_whole_catalogue_once_in_code_order()
    {
        var codes = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await _referent.GetFromJsonAsync<JsonElement>("/api/catalogue/entries?limit=20" + (cursor is null ? "" : "&cursor=" + cursor));
            codes.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()!));
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        } while (cursor is not null);

        Assert.Equal(3, pages);
        Assert.Equal(50, codes.Distinct().Count());
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("family=7")]
    [InlineData("cursor=not-a-cursor")]
    [InlineData("supervision=PARFOIS")]
    public async Task Bad_search_parameters_are_a_400(string query)
    {
        var response = await _referent.GetAsync("/api/catalogue/entries?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static Dictionary<string, object?> WithTerritory(string territory)
    {
        var entry = JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(CatalogueApiTests.Workshop("LOC-92-01")))!;
        entry["territories"] = new[] { territory };
        return entry;
    }
}
