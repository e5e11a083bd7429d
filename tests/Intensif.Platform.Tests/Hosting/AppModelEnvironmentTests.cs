using Intensif.Hosting;
using Intensif.Hosting.Identity;
using Intensif.Hosting.Orchestration;

namespace Intensif.Platform.Tests.Hosting;

public sealed class AppModelEnvironmentTests : IDisposable
{
    private readonly TempStateDirectory _state = new();

    public void Dispose() => _state.Dispose();

    private (ApplicationPlan Plan, IReadOnlyDictionary<string, string> Env) Contracts(params string[] args)
    {
        var builder = DistributedApplication.CreateBuilder(_state.Args(
        [
            "--ConnectionStrings:postgres=Host=db.internal;Port=5433;Username=app;Password=s3cret",
            "--ConnectionStrings:messaging=amqp://app:s3cret@mq.internal:5672/",
            .. args,
        ]));
        var db = builder.AddPostgres("postgres").AddDatabase("contractsdb");
        var bus = builder.AddRabbitMQ("messaging");
        var catalogue = builder.AddProject("catalogue-api", new FakeProject()).WithReplicas(3);
        builder.AddProject("contracts-api", new FakeProject())
            .WithReference(db).WithReference(bus).WithReference(catalogue)
            .WaitFor(db).WithEnvironment("Features__Sanctions", "on");
        var model = builder.Build().Model;
        var plan = ApplicationPlan.Create(model, builder.Configuration, HostingSettings.From(builder.Configuration));
        var contracts = plan.InstancesOf(model.Find("contracts-api")!).Single();
        return (plan, ProcessEnvironment.For(plan, contracts));
    }

    [Fact]
    public void A_project_gets_its_url_and_the_connection_strings_it_references()
    {
        var (plan, env) = Contracts();

        var contracts = plan.Instances.Single(i => i.Name == "contracts-api");
        Assert.Equal($"http://127.0.0.1:{contracts.Port}", env["ASPNETCORE_URLS"]);
        Assert.Equal("Development", env["ASPNETCORE_ENVIRONMENT"]);
        Assert.Equal("Host=db.internal;Port=5433;Username=app;Password=s3cret;Database=contractsdb", env["ConnectionStrings__contractsdb"]);
        Assert.Equal("amqp://app:s3cret@mq.internal:5672/", env["ConnectionStrings__messaging"]);
        Assert.Equal("on", env["Features__Sanctions"]);
        Assert.Equal("simple", env["Logging__Console__FormatterName"]);
    }

    [Fact]
    public void Every_replica_of_a_referenced_project_is_listed_for_service_discovery()
    {
        var (plan, env) = Contracts();

        var replicas = plan.Instances.Where(i => i.Resource.Name == "catalogue-api").ToList();
        Assert.Equal(["catalogue-api-0", "catalogue-api-1", "catalogue-api-2"], replicas.Select(r => r.Name));
        Assert.Equal(3, replicas.Select(r => r.Port).Distinct().Count());
        for (var i = 0; i < 3; i++)
            Assert.Equal(replicas[i].Url, env[$"services__catalogue-api__http__{i}"]);
        Assert.False(env.ContainsKey("services__catalogue-api__http__3"));
    }

    [Fact]
    public void A_project_exports_telemetry_to_the_dashboard_with_its_api_key()
    {
        var (plan, env) = Contracts("--Dashboard:Enabled=true", "--Dashboard:Port=18999");

        Assert.Equal("contracts-api", env["OTEL_SERVICE_NAME"]);
        Assert.Equal("service.instance.id=contracts-api", env["OTEL_RESOURCE_ATTRIBUTES"]);
        Assert.Equal("http://127.0.0.1:18999", env["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        Assert.Equal("http/protobuf", env["OTEL_EXPORTER_OTLP_PROTOCOL"]);
        Assert.Equal($"x-otlp-api-key={plan.Settings.OtlpApiKey}", env["OTEL_EXPORTER_OTLP_HEADERS"]);
        Assert.True(plan.Settings.OtlpApiKey.Length >= 32);
        Assert.Equal("1000", env["OTEL_BSP_SCHEDULE_DELAY"]);
        Assert.Equal("2000", env["OTEL_METRIC_EXPORT_INTERVAL"]);
    }

    [Fact]
    public void Without_the_dashboard_or_with_otlp_turned_off_a_project_has_no_exporter_endpoint()
    {
        var (_, withoutDashboard) = Contracts();
        var (_, otlpOff) = Contracts("--Dashboard:Enabled=true", "--Dashboard:Otlp=false");

        Assert.False(withoutDashboard.ContainsKey("OTEL_EXPORTER_OTLP_ENDPOINT"));
        Assert.False(otlpOff.ContainsKey("OTEL_EXPORTER_OTLP_ENDPOINT"));
        Assert.False(otlpOff.ContainsKey("OTEL_EXPORTER_OTLP_HEADERS"));
    }

    [Fact]
    public void In_production_the_sdk_export_intervals_are_left_to_their_defaults()
    {
        var (_, env) = Contracts("--Dashboard:Enabled=true", "--Hosting:Environment=Production");

        Assert.True(env.ContainsKey("OTEL_EXPORTER_OTLP_ENDPOINT"));
        Assert.False(env.ContainsKey("OTEL_BSP_SCHEDULE_DELAY"));
        Assert.False(env.ContainsKey("OTEL_METRIC_EXPORT_INTERVAL"));
    }

    [Fact]
    public void The_apphosts_own_urls_and_environment_are_not_inherited()
    {
        Assert.Contains("ASPNETCORE_URLS", ProcessEnvironment.NotInherited);
        Assert.Contains("ASPNETCORE_ENVIRONMENT", ProcessEnvironment.NotInherited);
        Assert.Contains("DOTNET_ENVIRONMENT", ProcessEnvironment.NotInherited);
    }

    [Fact]
    public void Projects_get_the_development_jwt_settings_with_the_state_folders_key()
    {
        var (_, env) = Contracts();

        Assert.Equal(DevTokenIssuer.DefaultIssuer, env["Jwt__Issuer"]);
        Assert.Equal(DevTokenIssuer.DefaultAudience, env["Jwt__Audience"]);
        Assert.Equal(DevSigningKey.LoadOrCreate(_state.Path), env["Jwt__SigningKey"]);
        Assert.True(env["Jwt__SigningKey"].Length >= 32);
    }

    [Fact]
    public void A_fixed_port_is_overridden_from_the_command_line()
    {
        var builder = DistributedApplication.CreateBuilder(_state.Args("--Gateway:Port=6123"));
        builder.AddProject("gateway", new FakeProject()).WithHttpEndpoint(port: 5080).WithExternalHttpEndpoints();
        var model = builder.Build().Model;

        var plan = ApplicationPlan.Create(model, builder.Configuration, HostingSettings.From(builder.Configuration));

        Assert.Equal(6123, plan.Instances.Single().Port);
    }
}
