using Intensif.Gateway.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddPlatformReverseProxy();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapApiPage();
app.MapReverseProxy();

app.Run();
