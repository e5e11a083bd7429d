using System.Globalization;
using System.Text;
using System.Text.Json;
using RabbitMQ.Client;

namespace Intensif.Dashboard.Messaging;

/// <summary>
/// Reads what the page shows from a message MassTransit's error transport moved: the AMQP properties, the
/// <c>MT-Fault-*</c> and <c>MT-Reason</c> headers, and, for its JSON envelope, <c>messageId</c> and <c>messageType</c>.
/// </summary>
internal static class ErrorQueueMessageReader
{
    private const int PreviewLength = 500;

    public static ErrorQueueMessage Read(BasicGetResult delivery)
    {
        var properties = delivery.BasicProperties;
        var headers = properties.Headers ?? new Dictionary<string, object?>();
        var body = delivery.Body.Span;
        var envelope = Envelope(body);
        return new ErrorQueueMessage(
            IdOf(delivery, envelope),
            envelope.MessageType ?? Header(headers, "MT-MessageType") ?? Header(headers, "MT-Fault-MessageType") ?? properties.Type,
            Header(headers, "MT-Reason"),
            Header(headers, "MT-Fault-ExceptionType"),
            Header(headers, "MT-Fault-Message"),
            TimeOf(headers, properties, envelope.SentTime),
            delivery.Redelivered,
            body.Length,
            Preview(body));
    }

    /// <summary>The id a replay names the message by: the AMQP message id MassTransit sets, else the envelope's.</summary>
    public static string? IdOf(BasicGetResult delivery) => IdOf(delivery, Envelope(delivery.Body.Span));

    private static string? IdOf(BasicGetResult delivery, (string? MessageId, string? MessageType, DateTimeOffset? SentTime) envelope) =>
        string.IsNullOrEmpty(delivery.BasicProperties.MessageId) ? envelope.MessageId : delivery.BasicProperties.MessageId;

    private static (string? MessageId, string? MessageType, DateTimeOffset? SentTime) Envelope(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            if (!JsonDocument.TryParseValue(ref reader, out var document)) return default;
            using (document)
            {
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object) return default;
                string? Text(string name) => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
                var type = root.TryGetProperty("messageType", out var types) && types.ValueKind == JsonValueKind.Array
                    ? string.Join(", ", types.EnumerateArray().Select(t => t.GetString()))
                    : null;
                var sent = DateTimeOffset.TryParse(Text("sentTime"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : (DateTimeOffset?)null;
                return (Text("messageId"), type, sent);
            }
        }
        catch (JsonException)
        {
            return default;   // not JSON, or truncated: shown as text only
        }
    }

    private static DateTimeOffset? TimeOf(IDictionary<string, object?> headers, IReadOnlyBasicProperties properties, DateTimeOffset? sentTime)
    {
        if (DateTimeOffset.TryParse(Header(headers, "MT-Fault-Timestamp"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var faulted))
            return faulted;
        if (properties.IsTimestampPresent()) return DateTimeOffset.FromUnixTimeSeconds(properties.Timestamp.UnixTime);
        return sentTime;
    }

    /// <summary>RabbitMQ.Client gives string headers as UTF-8 bytes.</summary>
    private static string? Header(IDictionary<string, object?> headers, string name) =>
        headers.TryGetValue(name, out var value) ? value switch
        {
            null => null,
            byte[] bytes => Encoding.UTF8.GetString(bytes),
            AmqpTimestamp timestamp => DateTimeOffset.FromUnixTimeSeconds(timestamp.UnixTime).ToString("O", CultureInfo.InvariantCulture),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture),
        } : null;

    private static string Preview(ReadOnlySpan<byte> body)
    {
        var text = Encoding.UTF8.GetString(body[..Math.Min(body.Length, PreviewLength * 4)]);
        return text.Length > PreviewLength ? text[..PreviewLength] + "…" : text;
    }
}
