using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Catalogue.Api.Infrastructure;
using Intensif.Testing;

namespace Intensif.Catalogue.Tests;

/// <summary>POST /api/catalogue/valuations on the seeded catalogue, and local valuations that leave the national one alone.</summary>
public sealed class ValuationsApiTests : IAsyncLifetime
{
    private ServiceApp<CatalogueDbContext> _app = null!;

    public async Task InitializeAsync() => _app = await ServiceApp<CatalogueDbContext>.StartAsync("cataloguedb");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static async Task<JsonElement> ValueAsync(HttpClient client, object request)
    {
        var response = await client.PostAsJsonAsync("/api/catalogue/valuations", request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task A_sixth_application_in_a_week_adds_nothing_beyond_the_5_hour_cap()
    {
        var referent = _app.ClientFor(TestTokens.Referent(TestTokens.NewOrganisme()));

        var fifth = await ValueAsync(referent, new { entryCode = "tre-cand-01", hoursAlreadyThisWeek = 4 });
        var sixth = await ValueAsync(referent, new { entryCode = "TRE-CAND-01", hoursAlreadyThisWeek = 5 });

        Assert.Equal(1m, fifth.GetProperty("hours").GetDecimal());
        Assert.Equal(0m, sixth.GetProperty("hours").GetDecimal());
        Assert.Equal("weekly-hours-cap", sixth.GetProperty("appliedCaps")[0].GetString());
        Assert.Equal("NATIONAL", sixth.GetProperty("source").GetString());
    }

    [Fact]
    public async Task An_organismes_local_forfait_applies_to_its_users_only()
    {
        var organisme = TestTokens.NewOrganisme();
        var manager = _app.ClientFor(TestTokens.Manager(organisme));

        var set = await manager.PutAsJsonAsync("/api/catalogue/entries/GEN-ENT-01/local-valuations/organisme", new { forfaitHours = 1.5 });
        var own = await ValueAsync(_app.ClientFor(TestTokens.Referent(organisme)), new { entryCode = "GEN-ENT-01" });
        var other = await ValueAsync(_app.ClientFor(TestTokens.Referent(TestTokens.NewOrganisme())), new { entryCode = "GEN-ENT-01" });
        var national = await manager.GetFromJsonAsync<JsonElement>("/api/catalogue/entries/GEN-ENT-01");

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal((1.5m, "ORGANISME"), (own.GetProperty("hours").GetDecimal(), own.GetProperty("source").GetString()));
        Assert.Equal((1m, "NATIONAL"), (other.GetProperty("hours").GetDecimal(), other.GetProperty("source").GetString()));
        Assert.Equal(1, national.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task A_territory_valuation_needs_a_manager_of_that_territory_and_yields_to_the_organismes_own()
    {
        var organisme = TestTokens.NewOrganisme();
        var manager92 = _app.ClientFor(TestTokens.Manager(TestTokens.NewOrganisme(), territory: "92"));

        var refused = await _app.ClientFor(TestTokens.Manager(organisme, territory: "75"))
            .PutAsJsonAsync("/api/catalogue/entries/TRE-CV-01/local-valuations/territories/92", new { forfaitHours = 2.5 });
        var set = await manager92.PutAsJsonAsync("/api/catalogue/entries/TRE-CV-01/local-valuations/territories/92", new { forfaitHours = 2.5 });
        var inTerritory = await ValueAsync(_app.ClientFor(TestTokens.Referent(organisme, territory: "92")), new { entryCode = "TRE-CV-01" });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal((2.5m, "TERRITORY"), (inTerritory.GetProperty("hours").GetDecimal(), inTerritory.GetProperty("source").GetString()));
    }

    [Fact]
    public async Task A_local_forfait_above_35_hours_is_a_400_and_is_not_stored()
    {
        var organisme = TestTokens.NewOrganisme();
        var manager = _app.ClientFor(TestTokens.Manager(organisme));

        var response = await manager.PutAsJsonAsync("/api/catalogue/entries/GEN-ENT-01/local-valuations/organisme", new { forfaitHours = 40 });
        var valued = await ValueAsync(_app.ClientFor(TestTokens.Referent(organisme)), new { entryCode = "GEN-ENT-01" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("NATIONAL", valued.GetProperty("source").GetString());
    }

    [Fact]
    public async Task Real_time_without_actual_hours_is_a_400_and_an_unknown_entry_a_404()
    {
        var referent = _app.ClientFor(TestTokens.Referent(TestTokens.NewOrganisme()));

        var noHours = await referent.PostAsJsonAsync("/api/catalogue/valuations", new { entryCode = "FOR-QUAL-01" });
        var unknown = await referent.PostAsJsonAsync("/api/catalogue/valuations", new { entryCode = "NOPE-01" });

        Assert.Equal(HttpStatusCode.BadRequest, noHours.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
