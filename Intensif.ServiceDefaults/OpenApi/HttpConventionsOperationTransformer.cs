using System.Text.Json;
using System.Text.Json.Nodes;
using Intensif.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Intensif.ServiceDefaults.OpenApi;

/// <summary>
/// Writes the platform's HTTP conventions into each operation: the Idempotency-Key and If-Match headers where honoured,
/// the ETag header where answered, the declared request/response examples, and a ProblemDetails example for every
/// problem response that has none.
/// </summary>
public sealed class HttpConventionsOperationTransformer(IOptions<JsonOptions> json) : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IdempotentEndpointMetadata>().Any())
            AddHeader(operation, IdempotencyMiddleware.HeaderName,
                "A key of your choice (a UUID) identifying this request: a retry with the same key gets the first answer and writes nothing. Kept for 24 hours.");
        foreach (var concurrency in metadata.OfType<ConcurrencyEndpointMetadata>())
        {
            if (concurrency.ChecksIfMatch)
                AddHeader(operation, "If-Match", "The ETag of the version you read: a stale one is refused with 412 and nothing is written.");
            else
                foreach (var response in operation.Responses?.Where(r => r.Key.StartsWith('2')) ?? [])
                    if (response.Value is OpenApiResponse r)
                    {
                        r.Headers ??= new Dictionary<string, IOpenApiHeader>();
                        r.Headers["ETag"] = new OpenApiHeader { Description = "The version of the resource, to send back as If-Match.", Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
                    }
        }

        foreach (var example in metadata.OfType<OpenApiExampleMetadata>())
        {
            var node = JsonSerializer.SerializeToNode(example.Example, json.Value.SerializerOptions);
            var content = example.StatusCode is null
                ? operation.RequestBody?.Content
                : operation.Responses?.GetValueOrDefault(example.StatusCode.Value.ToString())?.Content;
            foreach (var media in content?.Values ?? []) media.Example = node?.DeepClone();
        }

        foreach (var (status, response) in operation.Responses ?? [])
            foreach (var (type, media) in response.Content ?? new Dictionary<string, OpenApiMediaType>())
                if (type == "application/problem+json" && media.Example is null && int.TryParse(status, out var code))
                    media.Example = ProblemExample(code);
        return Task.CompletedTask;
    }

    private static void AddHeader(OpenApiOperation operation, string name, string description)
    {
        operation.Parameters ??= [];
        if (operation.Parameters.Any(p => p.Name == name)) return;
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = name,
            In = ParameterLocation.Header,
            Required = false,
            Description = description,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
    }

    private static JsonNode ProblemExample(int status)
    {
        var problem = new JsonObject
        {
            ["type"] = status switch
            {
                400 => "https://tools.ietf.org/html/rfc9110#section-15.5.1",
                404 => "https://tools.ietf.org/html/rfc9110#section-15.5.5",
                409 => "https://tools.ietf.org/html/rfc9110#section-15.5.10",
                412 => "https://tools.ietf.org/html/rfc9110#section-15.5.13",
                _ => "about:blank",
            },
            ["title"] = status switch
            {
                400 => "One or more validation errors occurred.",
                404 => "Not found.",
                409 => "A rule of the accompagnement refuses this change.",
                412 => "The resource was changed by someone else.",
                _ => "The request failed.",
            },
            ["status"] = status,
            ["detail"] = status switch
            {
                400 => "See errors: one entry per invalid field.",
                404 => "It does not exist, or it belongs to another organisation.",
                409 => "The rule named by code refuses it; the detail says which and why.",
                412 => "If-Match \"41\" does not name the current version \"42\". Read it again and retry with its current ETag.",
                _ => "",
            },
        };
        if (status == 409) problem["code"] = "example-rule";
        if (status == 412) problem["code"] = "stale-etag";
        if (status == 400) problem["errors"] = new JsonObject { ["field"] = new JsonArray("The field is required.") };
        return problem;
    }
}
