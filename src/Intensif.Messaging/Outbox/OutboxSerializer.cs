using System.Text.Json;

namespace Intensif.Messaging.Outbox;

/// <summary>How an event becomes an outbox row's payload and type name, and back.</summary>
internal static class OutboxSerializer
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string TypeName(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    public static string Serialize(object message, Type type) => JsonSerializer.Serialize(message, type, Json);

    public static string SerializeHeaders(IReadOnlyDictionary<string, string> headers) => JsonSerializer.Serialize(headers, Json);

    public static Dictionary<string, string> DeserializeHeaders(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json, Json) ?? [];

    public static (object Message, Type Type) Deserialize(string typeName, string payload)
    {
        var type = Type.GetType(typeName, throwOnError: false)
            ?? throw new InvalidOperationException($"Message type '{typeName}' cannot be resolved in this process.");
        var message = JsonSerializer.Deserialize(payload, type, Json)
            ?? throw new InvalidOperationException($"Payload of '{typeName}' deserialized to null.");
        return (message, type);
    }
}
