namespace Intensif.Scheduling.Api.Domain;

/// <summary>The themes of domain reference §3.15, by which the shared calendar is scoped.</summary>
public static class CalendarThemes
{
    public static readonly IReadOnlySet<string> Codes = new HashSet<string>(StringComparer.Ordinal)
    {
        "MOBILITE", "LOGEMENT", "SANTE", "NUMERIQUE", "SAVOIRS_BASE", "CREATION", "IAE", "SECTEUR_BTP", "SECTEUR_SAP", "SECTEUR_HCR",
        "SECTEUR_LOGISTIQUE", "JEUNES", "RQTH",
    };
}
