// The Intensif platform, declared as a .NET Aspire AppHost would (docs/apphost.md).
using Intensif.AppHost;

if (args is ["token", ..])
{
    Environment.ExitCode = DevTokenCommand.Run(args[1..]);
    return;
}

var builder = DistributedApplication.CreateBuilder(args);
builder.AddDashboard();

var postgres = builder.AddPostgres("postgres");
var contractsDb = postgres.AddDatabase("contractsdb");
var catalogueDb = postgres.AddDatabase("cataloguedb");
var schedulingDb = postgres.AddDatabase("schedulingdb");
var partnersDb = postgres.AddDatabase("partnersdb");
var indicatorsDb = postgres.AddDatabase("indicatorsdb");

var messaging = builder.AddRabbitMQ("messaging");

var contractsApi = builder.AddProject<Projects.Intensif_Contracts_Api>("contracts-api")
    .WithReference(contractsDb).WithReference(messaging)
    .WaitFor(contractsDb).WaitFor(messaging)
    .WithHttpHealthCheck("/health");

var catalogueApi = builder.AddProject<Projects.Intensif_Catalogue_Api>("catalogue-api")
    .WithReference(catalogueDb).WithReference(messaging)
    .WaitFor(catalogueDb).WaitFor(messaging)
    .WithHttpHealthCheck("/health");

// Scheduling values hours with the catalogue's valuation API (one place for the rules, docs/catalogue.md); it
// answers 503 catalogue-unavailable while the catalogue is not up yet, so it need not wait for it.
var schedulingApi = builder.AddProject<Projects.Intensif_Scheduling_Api>("scheduling-api")
    .WithReference(schedulingDb).WithReference(messaging).WithReference(catalogueApi)
    .WaitFor(schedulingDb).WaitFor(messaging)
    .WithHttpHealthCheck("/health");

var partnersApi = builder.AddProject<Projects.Intensif_Partners_Api>("partners-api")
    .WithReference(partnersDb).WithReference(messaging)
    .WaitFor(partnersDb).WaitFor(messaging)
    .WithHttpHealthCheck("/health");

var indicatorsApi = builder.AddProject<Projects.Intensif_Indicators_Api>("indicators-api")
    .WithReference(indicatorsDb).WithReference(messaging)
    .WaitFor(indicatorsDb).WaitFor(messaging)
    .WithHttpHealthCheck("/health");

builder.AddProject<Projects.Intensif_Gateway>("gateway")
    .WithReference(contractsApi).WithReference(catalogueApi).WithReference(schedulingApi)
    .WithReference(partnersApi).WithReference(indicatorsApi)
    .WaitFor(contractsApi).WaitFor(catalogueApi).WaitFor(schedulingApi)
    .WaitFor(partnersApi).WaitFor(indicatorsApi)
    .WithHttpEndpoint(port: 5080).WithExternalHttpEndpoints()
    .WithHttpHealthCheck("/health");

builder.Build().Run();
