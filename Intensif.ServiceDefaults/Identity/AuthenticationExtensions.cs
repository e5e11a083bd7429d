using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace Intensif.ServiceDefaults.Identity;

/// <summary>
/// JWT bearer validation, at the gateway and again in every service. Locally the AppHost's key signs tokens
/// (Jwt:SigningKey); in production Jwt:Authority names the organism's OpenID Connect provider.
/// </summary>
public static class AuthenticationExtensions
{
    /// <summary>Policy: a valid Intensif token with the claims every service relies on.</summary>
    public const string PlatformUserPolicy = "platform-user";

    public static IHostApplicationBuilder AddPlatformAuthentication(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<IConfiguration>((o, config) =>
        {
            o.MapInboundClaims = false;   // keep "sub", "role", "org" as they are
            var authority = config["Jwt:Authority"];
            if (!string.IsNullOrEmpty(authority)) o.Authority = authority;
            var key = config["Jwt:SigningKey"];
            if (string.IsNullOrEmpty(authority) && string.IsNullOrEmpty(key))
                throw new InvalidOperationException("Jwt:SigningKey (local) or Jwt:Authority (OpenID Connect) must be configured.");
            o.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = config["Jwt:Issuer"] ?? "intensif-dev",
                ValidAudience = config["Jwt:Audience"] ?? "intensif",
                IssuerSigningKey = string.IsNullOrEmpty(key) ? null : new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)),
                NameClaimType = PlatformClaims.Name,
                RoleClaimType = PlatformClaims.Role,
                ClockSkew = TimeSpan.FromSeconds(30),
            };
        });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(PlatformUserPolicy, p => p.RequireAuthenticatedUser()
                .RequireClaim(PlatformClaims.Subject).RequireClaim(PlatformClaims.Organisation).RequireClaim(PlatformClaims.Role));
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<CurrentUserAccessor>();
        return builder;
    }
}
