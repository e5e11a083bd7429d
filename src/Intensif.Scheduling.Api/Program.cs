using Intensif.Scheduling.Api.Apis;
using Intensif.Scheduling.Api.Extensions;
using Intensif.Scheduling.Api.Infrastructure;
using Intensif.ServiceDefaults.Persistence;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapInterviewsApi();
app.MapInterviewComplianceApi();
app.MapFeedsApi();
app.MapPortfolioApi();
app.MapSessionsApi();
app.MapProgrammesApi();
app.MapAssignmentsApi();
app.MapAlertsApi();
app.MapAccessLinksApi();
app.MapPersonProgrammeApi();
app.MapDeclarationsApi();
app.MapSharedCalendarApi();
app.MapSharedCalendarBookingsApi();
app.MapSharedCalendarViewApi();

await app.MigrateDatabaseAsync<SchedulingDbContext>();
app.Run();
