using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Catalogue.Api.Infrastructure;
using Intensif.IntegrationEvents;
using Intensif.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Intensif.Catalogue.Tests.DataInclusion;

/// <summary>The open-data export of the seeded national catalogue and a local entry validates against data·inclusion v1.</summary>
public sealed class OpenDataExportTests : IAsyncLifetime
{
    private static readonly Guid Partner = Guid.Parse("0199a0c2-2222-7000-8000-000000000002");
    private ServiceApp<CatalogueDbContext> _app = null!;
    private string _organisme = null!;

    public async Task InitializeAsync()
    {
        _app = await ServiceApp<CatalogueDbContext>.StartAsync("cataloguedb");
        _organisme = TestTokens.NewOrganisme();
        var manager = _app.ClientFor(TestTokens.Manager(_organisme));
        var local = new
        {
            code = "LOC-OD-01", label = "Atelier numérique du quartier des Olympiades", category = "Numérique", description = "",
            dimension = "SOCIAL", family = 5, supervision = "ACCOMPAGNEE", mode = "COLLECTIF", channel = "HYBRIDE",
            valuation = new { method = "FORFAIT_PAR_OCCURRENCE", forfaitHours = 2 }, proofType = "EMARGEMENT_PARTENAIRE",
            territories = new[] { "75", "2A", "974" }, themes = new[] { "numerique--maitriser-les-fondamentaux-du-numerique" },
            eligibility = new { publics = new[] { "jeunes", "residents-qpv-frr" }, ageMin = 16, ageMax = 25, prerequisites = new[] { "Savoir lire" },
                prescriptionRequired = true },
            funding = new[] { "GRATUIT" }, partnerStructureId = Partner,
        };
        (await manager.PostAsJsonAsync("/api/catalogue/entries", local)).EnsureSuccessStatusCode();
        (await manager.PostAsync("/api/catalogue/entries/LOC-OD-01/publish", null)).EnsureSuccessStatusCode();
        (await manager.PostAsJsonAsync("/api/catalogue/entries", CatalogueApiTests.Workshop("LOC-OD-02"))).EnsureSuccessStatusCode();
        (await manager.PostAsJsonAsync("/api/catalogue/entries", CatalogueApiTests.Workshop("LOC-OD-03"))).EnsureSuccessStatusCode();
        (await manager.PostAsync("/api/catalogue/entries/LOC-OD-03/publish", null)).EnsureSuccessStatusCode();
        // the Partners service describes the partner structure: the export names it
        await using (var scope = _app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IBus>().Publish(
                new PartnerStructureRegistered(Guid.NewGuid(), DateTimeOffset.UtcNow, Partner, "PLIE Paris Centre.", "PLIE", ["75"]));
        await Eventually.MatchAsync(() => GetAsync("/api/catalogue/open-data/structures"),
            structures => structures.Any(s => s.GetProperty("nom").GetString() == "PLIE Paris Centre"), TimeSpan.FromSeconds(90));
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<JsonElement[]> GetAsync(string path) =>
        (await _app.ClientFor(TestTokens.Referent(TestTokens.NewOrganisme())).GetFromJsonAsync<JsonElement[]>(path))!;

    private static void AssertValid(JsonSchemaSubset schema, JsonElement[] records)
    {
        var errors = records.SelectMany(r => schema.Validate(r).Select(e => $"{r.GetProperty("id")}: {e}")).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public async Task Every_exported_service_validates_against_the_data_inclusion_v1_service_schema()
    {
        var services = await GetAsync("/api/catalogue/open-data/services");

        AssertValid(JsonSchemaSubset.Load(SharedSchemas.DataInclusionV1("service.json"), closedObjects: true), services);
        var ids = services.Select(s => s.GetProperty("id").GetString()).ToList();
        Assert.Equal(52, ids.Count);   // the 50 national entries and the two published local ones, not the draft
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Contains("intensif--PRO-BIL-01", ids);
        Assert.DoesNotContain("intensif--LOC-OD-02", ids);
        var local = services.Single(s => s.GetProperty("id").GetString() == "intensif--LOC-OD-01");
        Assert.Equal($"intensif--structure-{Partner}", local.GetProperty("structure_id").GetString());
        Assert.Equal(["75", "2A", "974"], local.GetProperty("zone_eligibilite").EnumerateArray().Select(z => z.GetString()));
        Assert.Equal("gratuit", local.GetProperty("frais").GetString());
        Assert.False(local.TryGetProperty("type", out _));
    }

    [Fact]
    public async Task Every_structure_referenced_by_a_service_is_exported_once_and_validates_against_the_structure_schema()
    {
        var services = await GetAsync("/api/catalogue/open-data/services");
        var structures = await GetAsync("/api/catalogue/open-data/structures");

        AssertValid(JsonSchemaSubset.Load(SharedSchemas.DataInclusionV1("structure.json"), closedObjects: true), structures);
        var ids = structures.Select(s => s.GetProperty("id").GetString()).ToList();
        Assert.Equal(ids.Distinct().Order(), services.Select(s => s.GetProperty("structure_id").GetString()).Distinct().Order());
        Assert.Equal(3, ids.Count);
        Assert.Contains($"intensif--organisme-{_organisme}", ids);
        var partner = structures.Single(s => s.GetProperty("id").GetString() == $"intensif--structure-{Partner}");
        Assert.Equal("PLIE Paris Centre", partner.GetProperty("nom").GetString());
        Assert.Equal(["plie"], partner.GetProperty("reseaux_porteurs").EnumerateArray().Select(n => n.GetString()));
    }

    [Fact]
    public async Task The_export_needs_a_platform_token()
    {
        var anonymous = _app.ClientFor(null);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/catalogue/open-data/services")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/catalogue/open-data/structures")).StatusCode);
    }
}
