using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Intensif.ServiceDefaults.Telemetry;

/// <summary>
/// The framework's per-request chatter starts at Warning, as in ASP.NET Core's project template: at Information EF Core
/// logs every SQL command with its text and routing logs every endpoint, which outweighed the requests themselves under
/// load (bench/platform-load) and buried the service's own lines in the dashboard. "Request starting/finished" (hosting
/// diagnostics) stays. Any level set in configuration (Logging:LogLevel:{category}) wins.
/// </summary>
public static class FrameworkLogLevels
{
    private static readonly string[] Chatty =
    [
        "Microsoft.EntityFrameworkCore.Database.Command",
        "Microsoft.EntityFrameworkCore.Infrastructure",
        "Microsoft.AspNetCore.Routing",
        "Microsoft.AspNetCore.Http.Result",
    ];

    public static IHostApplicationBuilder AddFrameworkLogLevels(this IHostApplicationBuilder builder)
    {
        foreach (var category in Chatty.Where(c => builder.Configuration[$"Logging:LogLevel:{c}"] is null))
            builder.Logging.AddFilter(category, LogLevel.Warning);
        return builder;
    }
}
