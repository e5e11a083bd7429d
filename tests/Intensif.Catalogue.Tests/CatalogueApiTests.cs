using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Catalogue.Api.Infrastructure;
using Intensif.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intensif.Catalogue.Tests;

/// <summary>Writing entries: drafts, SR-13 publication, revisions, archives, versions, events and bad input.</summary>
public sealed class CatalogueApiTests : IAsyncLifetime
{
    private ServiceApp<CatalogueDbContext> _app = null!;

    public async Task InitializeAsync() => _app = await ServiceApp<CatalogueDbContext>.StartAsync("cataloguedb");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private const int WorkshopFamily = 5;
    private const string WorkshopSupervision = "ACCOMPAGNEE";

    internal static object Workshop(string code, string label = "Atelier numérique de quartier") => new
    {
        code, label, category = "Numérique", description = "Créer son adresse électronique et faire ses démarches en ligne.",
        dimension = "SOCIAL", family = WorkshopFamily, supervision = WorkshopSupervision, mode = "COLLECTIF", channel = "PRESENTIEL",
        valuation = new { method = "FORFAIT_PAR_OCCURRENCE", forfaitHours = 2, maxOccurrencesPerWeek = 2 },
        proofType = "EMARGEMENT_PARTENAIRE", territories = new[] { "75" }, themes = new[] { "numerique--maitriser-les-fondamentaux-du-numerique" },
        hourlyCosts = new[] { new { eurosPerHour = 38.5, validFrom = "2026-01-01", validTo = "2026-12-31" } },
    };

    [Fact]
    public async Task A_manager_drafts_a_local_activity_found_by_its_code_and_a_duplicate_code_is_a_409()
    {
        var manager = _app.ClientFor(TestTokens.Manager(TestTokens.NewOrganisme()));

        var created = await manager.PostAsJsonAsync("/api/catalogue/entries", Workshop("loc-num-01"));
        var found = await manager.GetFromJsonAsync<JsonElement>("/api/catalogue/entries/LOC-NUM-01");
        var duplicate = await manager.PostAsJsonAsync("/api/catalogue/entries", Workshop("LOC-NUM-01"));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("DRAFT", found.GetProperty("status").GetString());
        Assert.Equal("LOCAL", found.GetProperty("scope").GetString());
        Assert.Equal(2m, found.GetProperty("valuation").GetProperty("forfaitHours").GetDecimal());
        Assert.Equal(38.5m, found.GetProperty("hourlyCosts")[0].GetProperty("eurosPerHour").GetDecimal());
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
    }

    [Fact]
    public async Task SR13_a_draft_without_its_family_and_proof_type_is_not_published()
    {
        var manager = _app.ClientFor(TestTokens.Manager(TestTokens.NewOrganisme()));
        await manager.PostAsJsonAsync("/api/catalogue/entries", new { code = "LOC-INC-01", label = "Atelier à compléter", category = "Atelier" });

        var refused = await manager.PostAsync("/api/catalogue/entries/LOC-INC-01/publish", null);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        var completed = await manager.PutAsJsonAsync("/api/catalogue/entries/LOC-INC-01", Workshop("ignored", "Atelier complété"));
        var published = await manager.PostAsync("/api/catalogue/entries/LOC-INC-01/publish", null);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("publication-incomplete", problem.GetProperty("code").GetString());
        Assert.Contains("proofType", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.Equal("PUBLISHED", (await published.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Each_write_is_a_version_and_publish_revise_archive_enqueue_their_events_with_the_change()
    {
        var manager = _app.ClientFor(TestTokens.Manager(TestTokens.NewOrganisme(), subject: "claire"));
        await manager.PostAsJsonAsync("/api/catalogue/entries", Workshop("LOC-EVT-01"));
        await manager.PostAsync("/api/catalogue/entries/LOC-EVT-01/publish", null);
        await manager.PutAsJsonAsync("/api/catalogue/entries/LOC-EVT-01", Workshop("LOC-EVT-01", "Atelier numérique du samedi"));
        var archived = await manager.PostAsync("/api/catalogue/entries/LOC-EVT-01/archive", null);

        var versions = (await manager.GetFromJsonAsync<JsonElement[]>("/api/catalogue/entries/LOC-EVT-01/versions"))!;
        Assert.Equal(HttpStatusCode.OK, archived.StatusCode);
        Assert.Equal([1, 2, 3, 4], versions.Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal(["entry.created", "entry.published", "entry.revised", "entry.archived"], versions.Select(v => v.GetProperty("action").GetString()));
        Assert.All(versions, v => Assert.Equal("claire", v.GetProperty("actor").GetString()));
        Assert.Equal("Atelier numérique du samedi", versions[2].GetProperty("entry").GetProperty("label").GetString());

        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        var events = await db.Database.SqlQuery<string>($"select message_type as \"Value\" from outbox_messages where aggregate_id = 'LOC-EVT-01' order by sequence").ToListAsync();
        Assert.Equal(["CatalogueEntryPublished", "CatalogueEntryUpdated", "CatalogueEntryArchived"], events.Select(t => t.Split(',')[0].Split('.')[^1]));
        // the plan d'action takes the R.5411-15 family and the supervision from these events
        var payloads = await db.Database.SqlQuery<string>($"select payload::text as \"Value\" from outbox_messages where aggregate_id = 'LOC-EVT-01' order by sequence").ToListAsync();
        var publishedEvent = JsonDocument.Parse(payloads[0]).RootElement;
        var updatedEvent = JsonDocument.Parse(payloads[1]).RootElement;
        Assert.Equal(WorkshopFamily, publishedEvent.GetProperty("family").GetInt32());
        Assert.Equal(WorkshopSupervision, publishedEvent.GetProperty("supervision").GetString());
        Assert.Equal(WorkshopFamily, updatedEvent.GetProperty("family").GetInt32());
        // costing (Indicators) takes the hourly costs and the funders from the same events
        foreach (var payload in new[] { publishedEvent, updatedEvent })
        {
            var cost = Assert.Single(payload.GetProperty("hourlyCosts").EnumerateArray());
            Assert.Equal(38.5m, cost.GetProperty("eurosPerHour").GetDecimal());
            Assert.Equal("2026-01-01", cost.GetProperty("validFrom").GetString());
            Assert.Equal("2026-12-31", cost.GetProperty("validTo").GetString());
            Assert.Equal(JsonValueKind.Array, payload.GetProperty("funding").ValueKind);
        }
        Assert.Equal(2, publishedEvent.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task An_unknown_valuation_method_is_a_400_problem_and_nothing_is_stored()
    {
        var manager = _app.ClientFor(TestTokens.Manager(TestTokens.NewOrganisme()));

        var response = await manager.PostAsJsonAsync("/api/catalogue/entries",
            new { code = "X-01", label = "Atelier", category = "ATELIER", family = 3, valuation = new { method = "AU_FEELING", forfaitHours = 2 } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync("/api/catalogue/entries/X-01")).StatusCode);
    }

    [Theory]
    [InlineData("FORFAIT_PAR_OCCURRENCE", 40, null, "valuation.forfaitHours")]
    [InlineData("FORFAIT_PAR_OCCURRENCE", 4, 3, "valuation")]
    [InlineData("TEMPS_REEL_PLAFONNE", null, null, "valuation.maxHoursPerWeek")]
    public async Task Incoherent_hours_are_a_400_with_the_field_in_error(string method, int? forfait, int? maxWeek, string field)
    {
        var manager = _app.ClientFor(TestTokens.Manager(TestTokens.NewOrganisme()));

        var response = await manager.PostAsJsonAsync("/api/catalogue/entries", new
        {
            code = "BAD-01", label = "Atelier", category = "Atelier", valuation = new { method, forfaitHours = forfait, maxHoursPerWeek = maxWeek },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync("/api/catalogue/entries/BAD-01")).StatusCode);
    }
}
