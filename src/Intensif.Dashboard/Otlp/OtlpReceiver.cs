using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Google.Protobuf;
using Intensif.Dashboard.Otlp.Proto;
using Intensif.Dashboard.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Intensif.Dashboard.Otlp;

/// <summary>
/// OTLP/HTTP with protobuf bodies (gzip accepted): POST /v1/traces, /v1/metrics, /v1/logs, each answered with an
/// empty Export*ServiceResponse. Requests must carry the run's <c>x-otlp-api-key</c> (Aspire's ApiKey mode).
/// </summary>
internal static class OtlpReceiver
{
    public const string ApiKeyHeader = "x-otlp-api-key";
    private const string Protobuf = "application/x-protobuf";
    private const int MaxBodyBytes = 16 * 1024 * 1024;

    public static IEndpointRouteBuilder MapOtlpReceiver(this IEndpointRouteBuilder endpoints, string apiKey)
    {
        var expected = Encoding.UTF8.GetBytes(apiKey);
        var otlp = endpoints.MapGroup("/v1").AddEndpointFilter(async (context, next) =>
        {
            var given = context.HttpContext.Request.Headers[ApiKeyHeader].ToString();
            return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), expected)
                ? await next(context)
                : Results.Unauthorized();
        });
        otlp.MapPost("/traces", (HttpRequest request, TelemetryStore store) => ReceiveAsync(request, store,
            ExportTraceServiceRequest.Parser, OtlpIngest.Traces, new ExportTraceServiceResponse()));
        otlp.MapPost("/metrics", (HttpRequest request, TelemetryStore store) => ReceiveAsync(request, store,
            ExportMetricsServiceRequest.Parser, OtlpIngest.Metrics, new ExportMetricsServiceResponse()));
        otlp.MapPost("/logs", (HttpRequest request, TelemetryStore store) => ReceiveAsync(request, store,
            ExportLogsServiceRequest.Parser, OtlpIngest.Logs, new ExportLogsServiceResponse()));
        return endpoints;
    }

    private static async Task<IResult> ReceiveAsync<T>(HttpRequest request, TelemetryStore store, MessageParser<T> parser,
        Action<TelemetryStore, T> ingest, IMessage response) where T : IMessage<T>
    {
        if (request.ContentType?.StartsWith(Protobuf, StringComparison.OrdinalIgnoreCase) != true)
            return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
        T message;
        try
        {
            message = parser.ParseFrom(await ReadBodyAsync(request));
        }
        catch (Exception e) when (e is InvalidProtocolBufferException or InvalidDataException)
        {
            return Results.BadRequest();
        }
        if (store.Paused) store.Ignored();
        else ingest(store, message);
        return Results.Bytes(response.ToByteArray(), Protobuf);
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request)
    {
        var gzip = string.Equals(request.Headers.ContentEncoding.ToString(), "gzip", StringComparison.OrdinalIgnoreCase);
        await using var unzipped = gzip ? new GZipStream(request.Body, CompressionMode.Decompress, leaveOpen: true) : null;
        var source = unzipped ?? request.Body;
        using var body = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(buffer, request.HttpContext.RequestAborted)) > 0)
        {
            if (body.Length + read > MaxBodyBytes) throw new InvalidDataException("OTLP body too large");
            body.Write(buffer, 0, read);
        }
        return body.ToArray();
    }
}
