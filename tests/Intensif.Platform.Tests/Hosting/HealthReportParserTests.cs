using Intensif.Hosting.Orchestration;

namespace Intensif.Platform.Tests.Hosting;

public sealed class HealthReportParserTests
{
    [Fact]
    public void Each_check_of_a_service_health_answer_becomes_a_report()
    {
        const string body = """
            {"status":"Unhealthy","durationMs":12.5,"checks":{
              "self":{"status":"Healthy","description":null,"durationMs":0.1},
              "contractsdb":{"status":"Unhealthy","description":"ContractsDbContext: the database does not answer","durationMs":12}}}
            """;

        var reports = HealthReportParser.Parse(body);

        Assert.Equal(
            [new HealthReport("self", HealthStatus.Healthy, null), new HealthReport("contractsdb", HealthStatus.Unhealthy, "ContractsDbContext: the database does not answer")],
            reports);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Healthy")]
    [InlineData("{\"status\":\"Healthy\"}")]
    [InlineData("[1,2]")]
    public void An_answer_without_checks_yields_no_report(string body) => Assert.Empty(HealthReportParser.Parse(body));
}
