using Intensif.Hosting.Identity;
using Intensif.Testing;

namespace Intensif.Partners.Tests;

/// <summary>A member of a partner structure: org_kind=partner, org=&lt;structure id&gt;.</summary>
public static class PartnerTokens
{
    public const string DefaultSubject = "partner-1";

    public static string For(Guid structureId, string subject = DefaultSubject, string territory = "34") =>
        TestTokens.Issuer.Mint(new PlatformUser(subject, "Partenaire " + subject, structureId.ToString(), "partner", "partner", [territory]), TimeSpan.FromHours(1));
}
