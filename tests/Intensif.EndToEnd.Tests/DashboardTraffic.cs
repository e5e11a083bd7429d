using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Hosting.Identity;
using Intensif.Testing;

namespace Intensif.EndToEnd.Tests;

/// <summary>The walking-skeleton request the dashboard tests follow: a contract signed through the gateway.</summary>
internal static class DashboardTraffic
{
    /// <summary>
    /// POST /api/contracts through the gateway under a trace id of our own (W3C traceparent), as a browser would start
    /// one: gateway → contracts-api → PostgreSQL → outbox → publish → indicators-api consumes ContractSigned.
    /// </summary>
    public static async Task<string> SignAContractAsync(SharedPlatform shared)
    {
        var organisme = TestTokens.NewOrganisme();
        using var referent = shared.ClientFor(new PlatformUser("referent-dash", "Référente", organisme, "organisme", "referent", ["13"]));
        var person = await referent.PostAsJsonAsync("/api/contracts/beneficiaries",
            new { firstName = "Inès", lastName = "Moreau", birthDate = "1990-02-03", territory = "13" });
        Assert.Equal(HttpStatusCode.Created, person.StatusCode);
        var beneficiaryId = (await person.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        using var sign = new HttpRequestMessage(HttpMethod.Post, "/api/contracts") { Content = JsonContent.Create(new { beneficiaryId }) };
        sign.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        var contract = await referent.SendAsync(sign);
        Assert.Equal(HttpStatusCode.Created, contract.StatusCode);
        return traceId;
    }
}
