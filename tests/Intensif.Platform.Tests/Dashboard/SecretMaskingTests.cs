using Intensif.Dashboard.Resources;

namespace Intensif.Platform.Tests.Dashboard;

public sealed class SecretMaskingTests
{
    [Theory]
    [InlineData("Jwt__SigningKey")]
    [InlineData("POSTGRES_PASSWORD")]
    [InlineData("Client__Secret")]
    [InlineData("GITHUB_TOKEN")]
    public void A_variable_named_like_a_secret_is_hidden_whole(string name)
    {
        var entry = EnvironmentEntry.Of(name, "s3cr3t-value");

        Assert.True(entry.Masked);
        Assert.Equal(SecretMasking.Mask, entry.Value);
    }

    [Fact]
    public void Only_the_password_of_a_connection_string_is_hidden()
    {
        var entry = EnvironmentEntry.Of("ConnectionStrings__contractsdb", "Host=127.0.0.1;Port=55432;Username=postgres;Password=hunter2;Database=contractsdb");

        Assert.True(entry.Masked);
        Assert.Equal($"Host=127.0.0.1;Port=55432;Username=postgres;Password={SecretMasking.Mask};Database=contractsdb", entry.Value);
    }

    [Fact]
    public void Only_the_password_of_an_amqp_uri_is_hidden()
    {
        var entry = EnvironmentEntry.Of("ConnectionStrings__messaging", "amqp://intensif:Zx9-secret@127.0.0.1:25700/");

        Assert.True(entry.Masked);
        Assert.Equal($"amqp://intensif:{SecretMasking.Mask}@127.0.0.1:25700/", entry.Value);
    }

    [Fact]
    public void The_otlp_api_key_header_is_hidden()
    {
        var entry = EnvironmentEntry.Of("OTEL_EXPORTER_OTLP_HEADERS", "x-otlp-api-key=abc123");

        Assert.True(entry.Masked);
        Assert.Equal($"x-otlp-api-key={SecretMasking.Mask}", entry.Value);
    }

    [Theory]
    [InlineData("ASPNETCORE_URLS", "http://127.0.0.1:5000")]
    [InlineData("services__contracts-api__http__0", "http://127.0.0.1:41234")]
    [InlineData("OTEL_SERVICE_NAME", "contracts-api")]
    public void Ordinary_values_are_shown_as_they_are(string name, string value)
    {
        var entry = EnvironmentEntry.Of(name, value);

        Assert.False(entry.Masked);
        Assert.Equal(value, entry.Value);
    }
}
