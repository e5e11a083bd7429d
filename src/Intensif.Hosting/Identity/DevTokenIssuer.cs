using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Intensif.Hosting.Identity;

/// <summary>A user of the platform as the tokens describe it (architecture §4).</summary>
public sealed record PlatformUser(
    string Subject, string Name, string Organisation, string OrganisationKind, string Role, IReadOnlyList<string> Territories);

/// <summary>
/// Mints development tokens signed with the AppHost's local key (HS256, key of 32 bytes or more).
/// In production the issuer is the organism's OpenID Connect provider; services only validate.
/// </summary>
public sealed class DevTokenIssuer(string issuer, string audience, string signingKey)
{
    public const string DefaultIssuer = "intensif-dev";
    public const string DefaultAudience = "intensif";

    public string Issuer { get; } = issuer;
    public string Audience { get; } = audience;

    public string Mint(PlatformUser user, TimeSpan lifetime, DateTime? now = null)
    {
        var issuedAt = now ?? DateTime.UtcNow;
        var claims = new Dictionary<string, object>
        {
            ["name"] = user.Name,
            ["org"] = user.Organisation,
            ["org_kind"] = user.OrganisationKind,
            ["role"] = user.Role,
            ["territories"] = user.Territories.ToArray(),
        };
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity([new Claim("sub", user.Subject)]),
            Claims = claims,
            IssuedAt = issuedAt,
            NotBefore = issuedAt,
            Expires = issuedAt + lifetime,
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)), SecurityAlgorithms.HmacSha256),
        });
    }
}
