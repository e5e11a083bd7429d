using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Intensif.Partners.Api.Domain;

/// <summary>
/// The secret an invitee presents to accept an invitation: 32 random bytes, base64url. Only its SHA-256 is stored, so a
/// read of the database does not let anyone join a structure.
/// </summary>
public static class InvitationSecret
{
    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
