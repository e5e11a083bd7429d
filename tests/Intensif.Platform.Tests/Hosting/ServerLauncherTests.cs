using Intensif.Testing;
using Npgsql;

namespace Intensif.Platform.Tests.Hosting;

public sealed class ServerLauncherTests
{
    [Fact]
    public async Task The_private_postgres_cluster_answers_with_its_generated_password_only()
    {
        var postgres = await TestServers.PostgresAsync();

        await using var ok = new NpgsqlConnection(postgres.ConnectionString());
        await ok.OpenAsync();
        await using var command = new NpgsqlCommand("show listen_addresses", ok);
        Assert.Equal("127.0.0.1", await command.ExecuteScalarAsync());

        var wrong = new NpgsqlConnectionStringBuilder(postgres.ConnectionString()) { Password = "not-the-password", Pooling = false };
        await using var refused = new NpgsqlConnection(wrong.ConnectionString);
        var error = await Assert.ThrowsAsync<PostgresException>(() => refused.OpenAsync());
        Assert.Equal("28P01", error.SqlState);   // invalid_password: no trust authentication
    }

    [Fact]
    public async Task The_private_rabbitmq_node_speaks_amqp_on_loopback()
    {
        var rabbit = await TestServers.RabbitMqAsync();

        Assert.True(await rabbit.IsHealthyAsync());
        Assert.StartsWith("amqp://intensif:", rabbit.ConnectionString);
        Assert.DoesNotContain("guest", rabbit.ConnectionString);
    }
}
