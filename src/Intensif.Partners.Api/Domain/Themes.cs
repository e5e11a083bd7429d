namespace Intensif.Partners.Api.Domain;

/// <summary>Themes of the shared calendar (domain reference §3.15).</summary>
public static class Themes
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>
    {
        "MOBILITE", "LOGEMENT", "SANTE", "NUMERIQUE", "SAVOIRS_BASE", "CREATION", "IAE",
        "SECTEUR_BTP", "SECTEUR_SAP", "SECTEUR_HCR", "SECTEUR_LOGISTIQUE", "JEUNES", "RQTH",
    };

    public static bool IsKnown(string? code) => code is not null && All.Contains(code);
}
