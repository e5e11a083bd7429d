namespace Intensif.Hosting.ApplicationModel;

/// <summary>
/// A RabbitMQ broker: a private node launched from the machine's binaries, or an external broker when
/// <c>ConnectionStrings:{name}</c> is configured. As in Aspire, its connection string is its AMQP URI.
/// </summary>
public sealed class RabbitMQServerResource(string name, int port) : Resource(name), IResourceWithConnectionString
{
    private string? _connectionString;

    public int Port { get; internal set; } = port;
    public override string ResourceType => "RabbitMQ";

    internal void SetConnectionString(string uri) => _connectionString = uri;

    public string GetConnectionString() =>
        _connectionString ?? throw new InvalidOperationException($"The connection string of '{Name}' is not known before the broker is prepared.");
}
