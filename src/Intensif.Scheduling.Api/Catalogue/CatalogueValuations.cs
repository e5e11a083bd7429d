using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Intensif.Scheduling.Api.Catalogue;

/// <summary>
/// The catalogue's valuation (docs/catalogue.md "Valuation: one place"): Scheduling never turns an activity into hours
/// itself, it asks <c>POST /api/catalogue/valuations</c> with the caller's token (the catalogue applies the caller's
/// organisme's local valuation, then the territory's, then the national one). The base address is the AppHost's
/// <c>services:catalogue-api:http:0</c>.
/// </summary>
public sealed class CatalogueValuations(HttpClient http, ILogger<CatalogueValuations> logger)
{
    public const string ServiceName = "catalogue-api";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<ValuedHours> ValueAsync(ValuationQuery query, string? bearerToken, CancellationToken cancellationToken)
    {
        if (http.BaseAddress is null)
            throw Unavailable($"services:{ServiceName}:http:0 is not configured");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/catalogue/valuations")
        {
            Content = JsonContent.Create(new
            {
                entryCode = query.EntryCode,
                units = query.Units,
                actualHours = query.ActualHours,
                hoursAlreadyThisWeek = query.HoursAlreadyThisWeek,
                occurrencesAlreadyThisWeek = query.OccurrencesAlreadyThisWeek,
                hoursAlreadyInTotal = query.HoursAlreadyInTotal,
                territory = query.Territory,
            }),
        };
        if (bearerToken is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "The catalogue could not be reached to value {EntryCode}", query.EntryCode);
            throw Unavailable(e.Message);
        }
        using (response)
        {
            switch (response.StatusCode)
            {
                case HttpStatusCode.OK:
                    return await response.Content.ReadFromJsonAsync<ValuedHours>(Json, cancellationToken)
                        ?? throw Unavailable("empty valuation");
                case HttpStatusCode.NotFound:
                    throw Invalid(new Dictionary<string, string[]> { ["entryCode"] = [$"No published entry of the fichier métier has the code {query.EntryCode}."] });
                case HttpStatusCode.BadRequest:
                    throw Invalid(await FieldErrorsAsync(response, cancellationToken));
                default:
                    logger.LogWarning("The catalogue answered {Status} to the valuation of {EntryCode}", (int)response.StatusCode, query.EntryCode);
                    throw Unavailable($"the catalogue answered {(int)response.StatusCode}");
            }
        }
    }

    private static async Task<Dictionary<string, string[]>> FieldErrorsAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
            return errors.EnumerateObject().ToDictionary(e => e.Name, e => e.Value.EnumerateArray().Select(m => m.GetString() ?? "").ToArray());
        var detail = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("detail", out var d) ? d.GetString() : null;
        return new() { ["entryCode"] = [detail ?? "The catalogue cannot value this occurrence."] };
    }

    private static CatalogueRefusal Invalid(Dictionary<string, string[]> errors) =>
        new(TypedResults.ValidationProblem(errors, title: "The catalogue cannot value this activity."), "invalid valuation request");

    private static CatalogueRefusal Unavailable(string why) =>
        new(TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The catalogue's valuation is unavailable; retry later.",
            extensions: new Dictionary<string, object?> { ["code"] = "catalogue-unavailable" }), why, unavailable: true);
}
