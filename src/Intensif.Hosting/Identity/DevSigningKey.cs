using Intensif.Hosting.Servers;

namespace Intensif.Hosting.Identity;

/// <summary>
/// The development JWT signing key, kept in the state folder so tokens minted by `token` stay valid across runs.
/// 32 random bytes, hex-encoded: services use its UTF-8 bytes as the HS256 key (IdentityModel wants at least 256 bits).
/// </summary>
public static class DevSigningKey
{
    public const string FileName = "jwt-signing.key";

    public static string LoadOrCreate(string stateDirectory) =>
        Secrets.LoadOrCreate(Path.Combine(stateDirectory, FileName), 32);
}
