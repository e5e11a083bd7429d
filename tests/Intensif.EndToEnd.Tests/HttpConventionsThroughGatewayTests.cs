using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Hosting.Identity;
using Intensif.Testing;
using static Intensif.EndToEnd.Tests.GatewayAnswers;

namespace Intensif.EndToEnd.Tests;

/// <summary>Idempotency-Key, ETag/If-Match and the OpenAPI documents as a caller meets them: through the gateway of the running platform.</summary>
[Collection(SharedPlatformCollection.Name)]
public sealed class HttpConventionsThroughGatewayTests(SharedPlatform shared)
{
    private HttpClient Referent() =>
        shared.ClientFor(new PlatformUser("ref-http", "Chloé Bernard", TestTokens.NewOrganisme(), "organisme", "referent", ["34"]));

    [Fact]
    public async Task A_registration_retried_with_its_idempotency_key_through_the_gateway_registers_the_person_once()
    {
        var referent = Referent();
        var key = Guid.NewGuid().ToString();
        HttpRequestMessage Register() => new(HttpMethod.Post, "/api/contracts/beneficiaries")
        {
            Content = JsonContent.Create(new { firstName = "Nora", lastName = "Petit", birthDate = "1990-06-02", territory = "34" }),
            Headers = { { "Idempotency-Key", key } },
        };

        var first = await referent.SendAsync(Register());
        var retry = await referent.SendAsync(Register());

        var firstId = (await Json(first, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var retryId = (await Json(retry, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        Assert.Equal(firstId, retryId);
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
    }

    [Fact]
    public async Task An_amendment_sent_with_a_stale_etag_through_the_gateway_is_refused_and_the_current_one_passes()
    {
        var referent = Referent();
        var beneficiaryId = (await Json(await referent.PostAsJsonAsync("/api/contracts/beneficiaries",
            new { firstName = "Yanis", lastName = "Roux", birthDate = "1995-11-20", territory = "34" }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var contractId = (await Json(await referent.PostAsJsonAsync("/api/contracts", new { beneficiaryId }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var read = await referent.GetAsync($"/api/contracts/{contractId}");
        var etag = read.Headers.ETag!.Tag;
        HttpRequestMessage Amend(string ifMatch) => new(HttpMethod.Post, $"/api/contracts/{contractId}/amendments")
        {
            Content = JsonContent.Create(new { weeklyDuration = new { regime = "STANDARD" }, reason = "Solution de garde trouvée" }),
            Headers = { { "If-Match", ifMatch } },
        };

        var amended = await referent.SendAsync(Amend(etag));
        var stale = await referent.SendAsync(Amend(etag));

        await Json(amended, HttpStatusCode.OK);
        Assert.NotEqual(etag, amended.Headers.ETag!.Tag);
        var problem = await Json(stale, HttpStatusCode.PreconditionFailed);
        Assert.Equal("stale-etag", problem.GetProperty("code").GetString());
        var versions = await Json(await referent.GetAsync($"/api/contracts/{contractId}/versions"), HttpStatusCode.OK);
        Assert.Equal(2, versions.GetArrayLength());
    }

    [Fact]
    public async Task Every_services_openapi_document_through_the_gateway_carries_examples()
    {
        var anonymous = shared.ClientFor(null);

        foreach (var service in new[] { "contracts", "catalogue", "scheduling", "partners", "indicators" })
        {
            var document = await anonymous.GetStringAsync($"/openapi/{service}.json");
            Assert.Contains("\"example\"", document);
            Assert.Contains("Idempotency-Key", document);
        }
    }
}
