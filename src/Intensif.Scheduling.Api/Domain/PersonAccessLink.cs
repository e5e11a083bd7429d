using System.Security.Cryptography;
using System.Text;

namespace Intensif.Scheduling.Api.Domain;

/// <summary>
/// A person's own access to their programme: persons hold no platform account and tokens have no person role, so their
/// référent (or a manager of the organisme) gives them a secret URL, like a feed's. The URL is the credential: 32
/// random bytes, shown once; only their SHA-256 is stored. It expires, and its creator or a manager revokes it.
/// </summary>
public sealed class PersonAccessLink
{
    public Guid Id { get; private set; }
    public string OrganismeId { get; private set; } = "";
    /// <summary>The person (pseudonymous id) whose programme the link shows.</summary>
    public Guid BeneficiaryId { get; private set; }
    /// <summary>The référent or manager who issued it.</summary>
    public string CreatedBy { get; private set; } = "";
    public string TokenHash { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    private PersonAccessLink() { }

    public static (PersonAccessLink Link, string Token) Issue(string organismeId, string createdBy, Guid beneficiaryId, TimeSpan validFor,
        DateTimeOffset now)
    {
        if (validFor <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(validFor), "A link is valid for some time.");
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var at = Instants.Microseconds(now);
        var link = new PersonAccessLink
        {
            Id = Guid.CreateVersion7(now), OrganismeId = organismeId, BeneficiaryId = beneficiaryId, CreatedBy = createdBy,
            TokenHash = Hash(token), CreatedAt = at, ExpiresAt = at + validFor,
        };
        return (link, token);
    }

    /// <summary>Valid until revoked or expired; an unknown, revoked and expired link look the same from outside (404).</summary>
    public bool IsValidAt(DateTimeOffset now) => RevokedAt is null && now < ExpiresAt;

    public void Revoke(DateTimeOffset now) => RevokedAt ??= Instants.Microseconds(now);

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
