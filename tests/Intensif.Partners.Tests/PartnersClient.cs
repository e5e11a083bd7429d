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

    public static async Task<Guid> RegisterStructureAsync<T>(this ServiceApp<T> app, object? structure = null) where T : class
    {
        var response = await app.ClientFor(TestTokens.Operator()).PostAsJsonAsync("/api/partners/structures", structure ?? Structure());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();
}
