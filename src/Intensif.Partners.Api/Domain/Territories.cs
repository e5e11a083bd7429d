using System.Text.RegularExpressions;

namespace Intensif.Partners.Api.Domain;

/// <summary>Département codes (domain reference §3.14: partner offers are scoped by département).</summary>
public static partial class Territories
{
    public static bool IsDepartement(string? code) => code is not null && DepartementCode().IsMatch(code);

    // 01–95 (2A/2B for Corsica) and the overseas 971–976
    [GeneratedRegex("^(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6])$")]
    private static partial Regex DepartementCode();
}
