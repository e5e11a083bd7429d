using Intensif.Contracts.Api.Apis;
using Intensif.Contracts.Api.Extensions;
using Intensif.Contracts.Api.Infrastructure;
using Intensif.ServiceDefaults.Persistence;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapBeneficiariesApi();
app.MapContractsApi();
app.MapContractLifecycleApi();
app.MapIntensiveEpisodesApi();
app.MapPassationApi();
app.MapLocalPolicyApi();
app.MapOrientationsApi();
app.MapDiagnosticsApi();
app.MapPlanApi();
app.MapBreachFilesApi();
app.MapEmploymentOutcomesApi();
app.MapFollowUpChecksApi();

await app.MigrateDatabaseAsync<ContractsDbContext>();
app.Run();
