using Intensif.Hosting.Identity;
using Intensif.Testing;

namespace Intensif.Indicators.Tests;

/// <summary>Tokens of a comité's pilot, who sees aggregates of their territories only.</summary>
internal static class PilotTokens
{
    public static string Pilot(params string[] territories) =>
        TestTokens.Issuer.Mint(new PlatformUser("pilot-1", "Pilote CDPE", "cdpe-" + territories[0], "committee", "pilot", territories), TimeSpan.FromHours(1));
}
