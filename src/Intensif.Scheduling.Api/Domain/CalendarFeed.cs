using System.Security.Cryptography;
using System.Text;

namespace Intensif.Scheduling.Api.Domain;

/// <summary>
/// A secret, revocable iCalendar feed URL: a référent's entretiens, one person's weekly programme, or the partner sessions
/// of a territory (and theme). Calendar applications cannot send bearer tokens, so the URL is the credential. Only the
/// SHA-256 of the token is stored; the token is shown once, at creation.
/// </summary>
public sealed class CalendarFeed
{
    public Guid Id { get; private set; }
    public string OrganismeId { get; private set; } = "";
    /// <summary>Who created it (a référent, or a manager for a programme or sessions feed); for a REFERENT feed, whose entretiens.</summary>
    public string ReferentId { get; private set; } = "";
    public FeedKind Kind { get; private set; }
    /// <summary>The person of a PROGRAMME feed (pseudonymous id).</summary>
    public Guid? BeneficiaryId { get; private set; }
    /// <summary>The territory of a SESSIONS feed.</summary>
    public string? Territory { get; private set; }
    /// <summary>The theme of a SESSIONS feed, or null for every theme of the territory.</summary>
    public string? Theme { get; private set; }
    public string TokenHash { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    private CalendarFeed() { }

    /// <summary>A feed of the référent's own entretiens.</summary>
    public static (CalendarFeed Feed, string Token) Create(string organismeId, string referentId, DateTimeOffset now) =>
        New(organismeId, referentId, FeedKind.REFERENT, null, null, null, now);

    /// <summary>A feed of one person's weekly programme, created by their référent or a manager of the organisme.</summary>
    public static (CalendarFeed Feed, string Token) ForProgramme(string organismeId, string createdBy, Guid beneficiaryId, DateTimeOffset now) =>
        New(organismeId, createdBy, FeedKind.PROGRAMME, beneficiaryId, null, null, now);

    /// <summary>A feed of the partner sessions of a territory, of one theme or all of them.</summary>
    public static (CalendarFeed Feed, string Token) ForSessions(string organismeId, string createdBy, string territory, string? theme, DateTimeOffset now) =>
        New(organismeId, createdBy, FeedKind.SESSIONS, null, territory, theme, now);

    private static (CalendarFeed Feed, string Token) New(string organismeId, string createdBy, FeedKind kind, Guid? beneficiaryId, string? territory,
        string? theme, DateTimeOffset now)
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var feed = new CalendarFeed
        {
            Id = Guid.CreateVersion7(now), OrganismeId = organismeId, ReferentId = createdBy, Kind = kind, BeneficiaryId = beneficiaryId,
            Territory = territory, Theme = theme, TokenHash = Hash(token), CreatedAt = now,
        };
        return (feed, token);
    }

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
