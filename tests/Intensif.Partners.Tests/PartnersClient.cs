using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Testing;

namespace Intensif.Partners.Tests;

/// <summary>The few calls most tests start with, asserting they succeed.</summary>
public static class PartnersClient
{
    public static object Structure(string type = "PLIE", string territory = "34", string[]? themes = null, bool dataSharing = true) => new
    {
        name = "Structure " + Guid.NewGuid().ToString("N")[..6],
        siret = Sirets.Next(),
        type,
        territories = new[] { territory },
        themes = themes ?? ["MOBILITE"],
        contacts = new[] { new { name = "Nadia Roux", role = "Chargée d'accueil", email = "nadia@example.org", phone = "04 67 00 00 00" } },
        conventions = new[] { new { funder = "CD34", from = "2026-01-01", to = "2026-12-31", places = 40 } },
        qualiopi = true,
        pmsmpPrescriptionDelegation = false,
        dataSharingAgreementSigned = dataSharing,
    };

    /// <summary>Registers a structure (as an operator) whose first admin is "partner-1", invited by the operator, who accepted.</summary>
    public static async Task<Guid> RegisterStructureAsync<T>(this ServiceApp<T> app, object? structure = null) where T : class
    {
        var response = await app.ClientFor(TestTokens.Operator()).PostAsJsonAsync("/api/partners/structures", structure ?? Structure());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await app.JoinAsync(id, PartnerTokens.DefaultSubject, "ADMIN", TestTokens.Operator());
        return id;
    }

    /// <summary>
    /// <paramref name="inviter"/> invites <paramref name="subject"/> with <paramref name="role"/> and the person accepts with
    /// their own partner token; returns the member's id.
    /// </summary>
    public static async Task<Guid> JoinAsync<T>(this ServiceApp<T> app, Guid structureId, string subject, string role, string? inviter = null) where T : class
    {
        var token = await app.InviteAsync(structureId, $"{subject}@example.org", role, inviter ?? PartnerTokens.For(structureId));
        var accepted = await app.ClientFor(PartnerTokens.For(structureId, subject)).PostAsJsonAsync("/api/partners/invitations/accept", new { token });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        return (await accepted.JsonAsync()).GetProperty("id").GetGuid();
    }

    /// <summary>Sends an invitation and returns its secret token.</summary>
    public static async Task<string> InviteAsync<T>(this ServiceApp<T> app, Guid structureId, string email, string role, string inviter) where T : class
    {
        var invited = await app.ClientFor(inviter).PostAsJsonAsync($"/api/partners/structures/{structureId}/invitations", new { email, role });
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        return (await invited.JsonAsync()).GetProperty("token").GetString()!;
    }

    /// <summary>The items of one page of a list endpoint.</summary>
    public static async Task<JsonElement[]> ItemsAsync(this HttpClient client, string url)
    {
        var page = await client.GetFromJsonAsync<JsonElement>(url);
        return page.GetProperty("items").EnumerateArray().ToArray();
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    public static object Session(int capacity = 3, int inDays = 7, string territory = "34", string theme = "MOBILITE", string entryCode = "SOC-MOB-01")
    {
        var start = DateTimeOffset.UtcNow.Date.AddDays(inDays).AddHours(8);
        return new { entryCode, start, end = start.AddHours(3), location = "12 rue de la Gare, Lunel", capacity, territory, theme };
    }

    public static async Task<Guid> PublishSessionAsync<T>(this ServiceApp<T> app, Guid structureId, object? session = null) where T : class
    {
        var response = await app.ClientFor(PartnerTokens.For(structureId)).PostAsJsonAsync("/api/partners/sessions", session ?? Session());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>Types of the events waiting in (or sent from) the outbox, for one aggregate.</summary>
    public static async Task<List<string>> OutboxTypesAsync<T>(this ServiceApp<T> app, Guid aggregateId) where T : class
    {
        await using var connection = new Npgsql.NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("select message_type from outbox_messages where aggregate_id = @id order by sequence", connection);
        command.Parameters.AddWithValue("id", aggregateId.ToString());
        var types = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) types.Add(reader.GetString(0).Split(',')[0].Split('.')[^1]);
        return types;
    }
}
