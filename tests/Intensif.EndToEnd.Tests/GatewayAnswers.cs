using System.Net;
using System.Text.Json;

namespace Intensif.EndToEnd.Tests;

/// <summary>Reading the gateway's answers in end-to-end tests: the expected status, or a failure that shows the body.</summary>
public static class GatewayAnswers
{
    public static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }
}
