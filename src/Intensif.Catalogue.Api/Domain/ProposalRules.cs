namespace Intensif.Catalogue.Api.Domain;

/// <summary>
/// What a partner may propose: an activity of its own structure, in territories where it acts (its token's
/// territories), so that the managers of those territories are the ones who review it.
/// </summary>
public static class ProposalRules
{
    /// <summary>Field errors of a partner's proposal, empty when the partner may propose it.</summary>
    public static Dictionary<string, string[]> Validate(EntryDefinition d, Guid structure, IReadOnlyList<string> partnerTerritories)
    {
        var errors = new Dictionary<string, string[]>();
        if (d.PartnerStructureId is { } named && named != structure)
            errors["partnerStructureId"] = ["A partner proposes activities of its own structure only."];
        if (d.Territories.Count == 0)
            errors["territories"] = ["A proposal names at least one territory: its managers are the ones who validate it."];
        else if (d.Territories.FirstOrDefault(t => !partnerTerritories.Contains(t, StringComparer.OrdinalIgnoreCase)) is { } outside)
            errors["territories"] = [$"{outside} is not one of your structure's territories ({string.Join(", ", partnerTerritories)})."];
        return errors;
    }
}
