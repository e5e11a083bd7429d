using Intensif.Hosting.Identity;
using Intensif.Testing;

namespace Intensif.Catalogue.Tests.Proposals;

/// <summary>Tokens of partner structures (org_kind partner, org = the structure id) and managers of chosen territories.</summary>
internal static class PartnerTokens
{
    public static string Partner(Guid structure, params string[] territories) =>
        TestTokens.Issuer.Mint(new PlatformUser("partner-" + structure.ToString("N")[..6], "Partenaire", structure.ToString(), "partner", "partner",
            territories.Length == 0 ? ["75"] : territories), TimeSpan.FromHours(1));

    public static string Manager(string organisation, params string[] territories) =>
        TestTokens.Issuer.Mint(new PlatformUser("manager-" + organisation, "Manager " + organisation, organisation, "organisme", "manager", territories),
            TimeSpan.FromHours(1));
}
