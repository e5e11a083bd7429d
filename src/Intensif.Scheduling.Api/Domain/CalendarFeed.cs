using System.Security.Cryptography;
using System.Text;

namespace Intensif.Scheduling.Api.Domain;

/// <summary>
/// A secret, revocable iCalendar feed URL of one référent's entretiens: calendar applications cannot send bearer tokens,
/// so the URL is the credential. Only the SHA-256 of the token is stored; the token is shown once, at creation.
/// </summary>
public sealed class CalendarFeed
{
    public Guid Id { get; private set; }
    public string OrganismeId { get; private set; } = "";
    public string ReferentId { get; private set; } = "";
    public string TokenHash { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    private CalendarFeed() { }

    public static (CalendarFeed Feed, string Token) Create(string organismeId, string referentId, DateTimeOffset now)
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var feed = new CalendarFeed
        {
            Id = Guid.CreateVersion7(now), OrganismeId = organismeId, ReferentId = referentId, TokenHash = Hash(token), CreatedAt = now,
        };
        return (feed, token);
    }

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
