using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Intensif.Dashboard;

/// <summary>Browser-token login (Aspire's BrowserToken mode): the printed token is exchanged for an HttpOnly cookie.</summary>
internal static class DashboardAuthentication
{
    public static IServiceCollection AddDashboardAuthentication(this IServiceCollection services, string token)
    {
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.Cookie.Name = ".Intensif.Dashboard";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.ExpireTimeSpan = TimeSpan.FromDays(3);
            o.LoginPath = "/login";
            // the JSON API answers 401 instead of redirecting to an HTML page
            o.Events.OnRedirectToLogin = c =>
            {
                if (c.Request.Path.StartsWithSegments("/api")) c.Response.StatusCode = StatusCodes.Status401Unauthorized;
                else c.Response.Redirect(c.RedirectUri);
                return Task.CompletedTask;
            };
        });
        services.AddAuthorization();
        return services;
    }

    public static IEndpointRouteBuilder MapDashboardLogin(this IEndpointRouteBuilder endpoints, string token)
    {
        endpoints.MapGet("/login", async (HttpContext http, string? t, string? returnUrl) =>
            t is null ? StaticAssets.Page("login.html") : await SignInAsync(http, t, token, returnUrl));
        endpoints.MapPost("/login", async (HttpContext http) =>
        {
            var form = await http.Request.ReadFormAsync();
            return await SignInAsync(http, form["t"].ToString(), token);
        });
        endpoints.MapPost("/logout", async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/login");
        });
        return endpoints;
    }

    private static async Task<IResult> SignInAsync(HttpContext http, string candidate, string token, string? returnUrl = null)
    {
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), Encoding.UTF8.GetBytes(token)))
            return Results.Redirect("/login#failed");
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "operator")], CookieAuthenticationDefaults.AuthenticationScheme);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        // only a path of the dashboard itself, never another site (open redirect)
        var local = returnUrl is ['/', not '/' and not '\\', ..] ? returnUrl : "/";
        return Results.Redirect(local);
    }
}
