namespace Intensif.Partners.Api.Domain;

/// <summary>What a co-accompanying partner does in the person's parcours (PROP codes, see docs/partners.md).</summary>
public static class CoAccompanimentRoles
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>
    {
        "REMOBILISATION",            // O2R: aller-vers and remobilisation (BR-33)
        "ACCOMPAGNEMENT_SOCIO_PRO",  // PLIE, O2R: socio-professional follow-up alongside the référent
        "LEVEE_FREINS",              // health, housing, mobility, budget associations
        "PARCOURS_IAE",              // SIAE: the person works in an insertion structure
        "CREATION_ACTIVITE",         // business-creation networks
        "FORMATION",                 // conseil régional, training bodies
        "AUTRE",
    };

    public static bool IsKnown(string? code) => code is not null && All.Contains(code);
}
