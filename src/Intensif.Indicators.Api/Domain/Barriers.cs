namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// Barrier codes "TYPE:LEVEL" (§3.5, §3.17), levels FORT / MOYEN / SANS_IMPACT. A barrier "weighs" when FORT or MOYEN;
/// one not listed at exit is read as SANS_IMPACT (resolved).
/// </summary>
public static class Barriers
{
    /// <summary>The types of the barriers rated FORT or MOYEN among <paramref name="codes"/>.</summary>
    public static IReadOnlySet<string> Weighing(IEnumerable<string> codes) =>
        codes.Select(c => c.Split(':', 2)).Where(p => p.Length == 2 && p[1] is "FORT" or "MOYEN").Select(p => p[0]).ToHashSet();
}
