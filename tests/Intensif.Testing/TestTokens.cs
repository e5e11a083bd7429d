using Intensif.Hosting.Identity;

namespace Intensif.Testing;

/// <summary>Tokens for tests, minted by the same issuer the AppHost uses, with a test-only key.</summary>
public static class TestTokens
{
    public const string SigningKey = "intensif-tests-signing-key-of-at-least-32-bytes";
    public static readonly DevTokenIssuer Issuer = new(DevTokenIssuer.DefaultIssuer, DevTokenIssuer.DefaultAudience, SigningKey);

    public static string Referent(string organisation, string subject = "referent-1", string territory = "75") =>
        Issuer.Mint(new PlatformUser(subject, "Référente " + subject, organisation, "organisme", "referent", [territory]), TimeSpan.FromHours(1));

    public static string Manager(string organisation, string subject = "manager-1", string territory = "75") =>
        Issuer.Mint(new PlatformUser(subject, "Manager " + subject, organisation, "organisme", "manager", [territory]), TimeSpan.FromHours(1));

    public static string Operator(string subject = "operator-1") =>
        Issuer.Mint(new PlatformUser(subject, "Operator " + subject, "platform", "platform", "operator", []), TimeSpan.FromHours(1));

    /// <summary>A fresh organisme id, so tests sharing the broker never count each other's events.</summary>
    public static string NewOrganisme() => "org-" + Guid.NewGuid().ToString("N")[..10];
}
