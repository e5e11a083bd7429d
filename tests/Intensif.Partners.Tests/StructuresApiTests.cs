using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Partners.Api.Infrastructure;
using Intensif.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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
        var id = (await valid.JsonAsync()).GetProperty("id").GetGuid();
        Assert.Equal("PLIE Est-Héraultais", (await operatorClient.GetFromJsonAsync<JsonElement>($"/api/partners/structures/{id}")).GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.Conflict, badCheckDigit.StatusCode);
        Assert.Equal("invalid-siret", (await badCheckDigit.JsonAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_full_profile_is_kept_with_the_data_inclusion_network_of_its_type()
    {
        var id = await _app.RegisterStructureAsync(PartnersClient.Structure(type: "MISSION_LOCALE", themes: ["JEUNES", "MOBILITE"]));

        var structure = await _app.ClientFor(TestTokens.Referent("ft-34", territory: "34")).GetFromJsonAsync<JsonElement>($"/api/partners/structures/{id}");

        Assert.Equal("mission-locale", structure.GetProperty("dataInclusionNetwork").GetString());
        Assert.Equal(["JEUNES", "MOBILITE"], structure.GetProperty("themes").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("Nadia Roux", structure.GetProperty("contacts")[0].GetProperty("name").GetString());
        Assert.Equal(40, structure.GetProperty("conventions")[0].GetProperty("places").GetInt32());
        Assert.True(structure.GetProperty("qualiopi").GetBoolean());
        Assert.True(structure.GetProperty("dataSharingAgreementSigned").GetBoolean());
    }

    [Fact]
    public async Task The_registration_event_carries_the_siret_for_open_data_and_no_contact()
    {
        var id = await _app.RegisterStructureAsync(PartnersClient.Structure());

        await using var connection = new Npgsql.NpgsqlConnection(_app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("select payload::text from outbox_messages where aggregate_id = @id order by sequence limit 1", connection);
        command.Parameters.AddWithValue("id", id.ToString());
        var payload = JsonDocument.Parse((string)(await command.ExecuteScalarAsync())!).RootElement;

        var siret = (await _app.ClientFor(TestTokens.Operator()).GetFromJsonAsync<JsonElement>($"/api/partners/structures/{id}")).GetProperty("siret").GetString();
        Assert.Equal(siret, payload.GetProperty("siret").GetString());
        Assert.False(payload.TryGetProperty("contacts", out _));
    }

    [Theory]
    [InlineData("type", "PLIEX")]
    [InlineData("territory", "999")]
    [InlineData("theme", "CUISINE")]
    [InlineData("convention", "backwards")]
    public async Task Unknown_codes_and_malformed_conventions_are_refused_with_field_errors_and_nothing_is_stored(string field, string value)
    {
        var body = new Dictionary<string, object?>
        {
            ["name"] = "Structure", ["siret"] = Sirets.Next(),
            ["type"] = field == "type" ? value : "PLIE",
            ["territories"] = new[] { field == "territory" ? value : "34" },
            ["themes"] = new[] { field == "theme" ? value : "MOBILITE" },
            ["conventions"] = field == "convention" ? new[] { new { funder = "FT", from = "2026-06-01", to = "2026-01-01", places = 3 } } : Array.Empty<object>(),
        };

        var response = await _app.ClientFor(TestTokens.Operator()).PostAsJsonAsync("/api/partners/structures", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).TryGetProperty("errors", out _));
        await using var scope = _app.Services.CreateAsyncScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<PartnersDbContext>().Structures.CountAsync());
    }

    [Fact]
    public async Task A_partner_updates_its_own_structure_and_the_change_is_audited_with_before_and_after()
    {
        var id = await _app.RegisterStructureAsync();
        await _app.JoinAsync(id, "partner-7", "MEMBER");
        var partner = _app.ClientFor(PartnerTokens.For(id, "partner-7"));

        var response = await partner.PutAsJsonAsync($"/api/partners/structures/{id}", new
        {
            name = "Mobilité 34", type = "ASSOCIATION_MOBILITE", territories = new[] { "34", "30" }, themes = new[] { "MOBILITE" },
            dataSharingAgreementSigned = true,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Mobilité 34", (await response.JsonAsync()).GetProperty("name").GetString());
        var audit = await partner.ItemsAsync($"/api/partners/structures/{id}/audit?limit=100");
        var update = audit.Single(a => a.GetProperty("action").GetString() == "structure.updated");
        Assert.Equal("partner-7", update.GetProperty("actor").GetString());
        Assert.Contains("\"type\": \"PLIE\"", update.GetProperty("before").GetString());
        Assert.Contains("\"type\": \"ASSOCIATION_MOBILITE\"", update.GetProperty("after").GetString());
    }

    [Fact]
    public async Task A_structures_audit_pages_in_write_order_each_page_continuing_after_the_last_entry_read()
    {
        var id = await _app.RegisterStructureAsync();
        await _app.JoinAsync(id, "partner-7", "MEMBER");
        var partner = _app.ClientFor(PartnerTokens.For(id, "partner-7"));
        string[] names = ["Nom 1", "Nom 2", "Nom 3", "Nom 4", "Nom 5"];
        foreach (var name in names)
            (await partner.PutAsJsonAsync($"/api/partners/structures/{id}", new
            {
                name, type = "PLIE", territories = new[] { "34" }, themes = new[] { "MOBILITE" }, dataSharingAgreementSigned = true,
            })).EnsureSuccessStatusCode();

        var paged = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var page = await partner.GetFromJsonAsync<JsonElement>($"/api/partners/structures/{id}/audit?limit=2&cursor={cursor}");
            paged.AddRange(page.GetProperty("items").EnumerateArray());
            cursor = page.GetProperty("nextCursor").GetString();
        } while (cursor is not null);

        var whole = await partner.ItemsAsync($"/api/partners/structures/{id}/audit?limit=100");
        Assert.Equal(whole.Select(a => a.GetProperty("id").GetGuid()), paged.Select(a => a.GetProperty("id").GetGuid()));
        Assert.Equal(names, paged.Where(a => a.GetProperty("action").GetString() == "structure.updated")
            .Select(a => JsonDocument.Parse(a.GetProperty("after").GetString()!).RootElement.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task A_partner_neither_sees_nor_edits_another_structure()
    {
        var mine = await _app.RegisterStructureAsync();
        var other = await _app.RegisterStructureAsync();
        var partner = _app.ClientFor(PartnerTokens.For(mine));

        var read = await partner.GetAsync($"/api/partners/structures/{other}");
        var edit = await partner.PutAsJsonAsync($"/api/partners/structures/{other}", new { name = "Hijack", type = "PLIE", territories = new[] { "34" } });
        var audit = await partner.GetAsync($"/api/partners/structures/{other}/audit");

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, audit.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync($"/api/partners/structures/{mine}")).StatusCode);
        var otherNow = await _app.ClientFor(TestTokens.Operator()).GetFromJsonAsync<JsonElement>($"/api/partners/structures/{other}");
        Assert.NotEqual("Hijack", otherNow.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_referent_cannot_register_or_edit_a_structure()
    {
        var id = await _app.RegisterStructureAsync();
        var referent = _app.ClientFor(TestTokens.Referent("ft-34", territory: "34"));

        var register = await referent.PostAsJsonAsync("/api/partners/structures", PartnersClient.Structure());
        var edit = await referent.PutAsJsonAsync($"/api/partners/structures/{id}", new { name = "Renamed", type = "PLIE", territories = new[] { "34" } });

        Assert.Equal(HttpStatusCode.Forbidden, register.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
    }
}
