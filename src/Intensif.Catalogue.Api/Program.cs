using Intensif.Catalogue.Api.Apis;
using Intensif.Catalogue.Api.Extensions;
using Intensif.Catalogue.Api.Infrastructure;
using Intensif.Catalogue.Api.Infrastructure.Seed;
using Intensif.ServiceDefaults.Persistence;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapCatalogueApi();
app.MapSessionsApi();

await app.MigrateDatabaseAsync<CatalogueDbContext>();
await app.Services.SeedNationalCatalogueAsync();
app.Run();
