using Intensif.Indicators.Api.Apis;
using Intensif.Indicators.Api.Extensions;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.ServiceDefaults.Persistence;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapIndicatorsApi();
app.MapIndicatorValuesApi();
app.MapActionListsApi();
app.MapSatisfactionApi();
app.MapOfferUsageApi();
app.MapCostsApi();

await app.MigrateDatabaseAsync<IndicatorsDbContext>();
app.Run();
