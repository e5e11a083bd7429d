using System.Text;
using Intensif.Hosting.Identity;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Intensif.Platform.Tests.Hosting;

public sealed class DevTokenTests : IDisposable
{
    private readonly TempStateDirectory _state = new();

    public void Dispose() => _state.Dispose();

    [Fact]
    public async Task A_minted_token_validates_with_the_key_kept_in_the_state_folder()
    {
        var key = DevSigningKey.LoadOrCreate(_state.Path);
        var user = new PlatformUser("u-42", "Alice Martin", "ft-75", "organisme", "referent", ["75", "92"]);

        var token = new DevTokenIssuer(DevTokenIssuer.DefaultIssuer, DevTokenIssuer.DefaultAudience, key).Mint(user, TimeSpan.FromHours(8));

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = DevTokenIssuer.DefaultIssuer,
            ValidAudience = DevTokenIssuer.DefaultAudience,
            // the same bytes the services use: the key's UTF-8 text
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(DevSigningKey.LoadOrCreate(_state.Path))),
        });
        Assert.True(result.IsValid, result.Exception?.Message);
        var jwt = (JsonWebToken)result.SecurityToken;
        Assert.Equal("u-42", jwt.Subject);
        Assert.Equal("referent", jwt.GetClaim("role").Value);
        Assert.Equal("organisme", jwt.GetClaim("org_kind").Value);
        Assert.Equal(["75", "92"], jwt.Claims.Where(c => c.Type == "territories").Select(c => c.Value));
    }

    [Fact]
    public async Task A_token_signed_with_another_state_folders_key_is_refused()
    {
        using var other = new TempStateDirectory();
        var user = new PlatformUser("u-1", "Bob", "p-9", "partner", "partner", ["13"]);
        var token = new DevTokenIssuer(DevTokenIssuer.DefaultIssuer, DevTokenIssuer.DefaultAudience, DevSigningKey.LoadOrCreate(other.Path))
            .Mint(user, TimeSpan.FromHours(1));

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = DevTokenIssuer.DefaultIssuer,
            ValidAudience = DevTokenIssuer.DefaultAudience,
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(DevSigningKey.LoadOrCreate(_state.Path))),
        });

        Assert.False(result.IsValid);
    }
}
