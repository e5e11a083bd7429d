using Intensif.Partners.Api.Apis;
using Intensif.Partners.Api.Extensions;
using Intensif.Partners.Api.Infrastructure;
using Intensif.ServiceDefaults.Persistence;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapStructuresApi();
app.MapSessionsApi();
app.MapDirectoryApi();
app.MapReferralsApi();
app.MapMembersApi();
app.MapInvitationsApi();
app.MapCoAccompanimentsApi();

await app.MigrateDatabaseAsync<PartnersDbContext>();
app.Run();
