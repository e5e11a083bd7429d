using System.Text.RegularExpressions;

namespace Intensif.Catalogue.Api.Domain;

/// <summary>What makes an entry well formed (any status) and what makes it publishable (SR-13).</summary>
public static partial class EntryRules
{
    /// <summary>A normal working week: no forfait or weekly cap above it (SR-04).</summary>
    public const decimal MaxWeeklyHours = 35m;

    /// <summary>Field errors of a definition, empty when it is well formed.</summary>
    public static Dictionary<string, string[]> Validate(EntryDefinition d)
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string message) => errors[field] = [message];

        if (d.Family is { } family && family is < 1 or > 6)
            Fail("family", "R.5411-15 knows six families of actions, numbered 1 to 6.");
        if (d.Valuation is { } v)
            foreach (var (field, messages) in Validate(v)) errors[field] = messages;
        if (d.Eligibility.AgeMin is < 16 or > 99) Fail("eligibility.ageMin", "A minimum age is between 16 and 99.");
        if (d.Eligibility.AgeMax is < 16 or > 99) Fail("eligibility.ageMax", "A maximum age is between 16 and 99.");
        if (d.Eligibility.AgeMin > d.Eligibility.AgeMax) Fail("eligibility", "The minimum age is above the maximum age.");
        if (d.Eligibility.Publics.FirstOrDefault(p => !DataInclusionVocabulary.Publics.Contains(p)) is { } badPublic)
            Fail("eligibility.publics", $"'{badPublic}' is not a data·inclusion public.");
        if (d.Eligibility.Publics.Contains("tous-publics") && d.Eligibility.Publics.Count > 1)
            Fail("eligibility.publics", "'tous-publics' cannot be combined with other publics.");
        if (d.Themes.FirstOrDefault(t => !DataInclusionVocabulary.Themes.Contains(t)) is { } badTheme)
            Fail("themes", $"'{badTheme}' is not a data·inclusion thématique.");
        if (d.Territories.FirstOrDefault(t => !Departement().IsMatch(t)) is { } badTerritory)
            Fail("territories", $"'{badTerritory}' is not a département code (e.g. 75, 2A, 974).");
        if (d.CapacityPerSession is < 1) Fail("capacityPerSession", "A session holds at least one person.");
        if (d.ValidFrom > d.ValidTo) Fail("validTo", "The end of validity is before its start.");
        ValidateCosts(d.HourlyCosts, Fail);
        return errors;
    }

    /// <summary>SR-13: the fields an entry must carry before publication, as the names of those missing.</summary>
    public static IReadOnlyList<string> MissingForPublication(EntryDefinition d)
    {
        var missing = new List<string>();
        if (d.Family is null) missing.Add("family");
        if (d.Dimension is null) missing.Add("dimension");
        if (d.Supervision is null) missing.Add("supervision");
        if (d.Valuation is null) missing.Add("valuation");
        if (d.ProofType is null) missing.Add("proofType");
        return missing;
    }

    /// <summary>Field errors of a valuation: hours positive, at most 35 a week, caps coherent with the forfait.</summary>
    public static Dictionary<string, string[]> Validate(ValuationRule v)
    {
        var errors = new Dictionary<string, string[]>();
        void fail(string field, string message) => errors[field] = [message];
        if (v.IsForfait && v.ForfaitHours is null)
            fail("valuation.forfaitHours", "A forfait method needs the hours of its forfait.");
        if (!v.IsForfait && v.MaxHoursPerWeek is null)
            fail("valuation.maxHoursPerWeek", "Capped real time needs its weekly cap.");
        if (v.ForfaitHours is <= 0 or > MaxWeeklyHours)
            fail("valuation.forfaitHours", "A forfait is more than 0 and at most 35 hours.");
        if (v.MaxHoursPerWeek is <= 0 or > MaxWeeklyHours)
            fail("valuation.maxHoursPerWeek", "A weekly cap is more than 0 and at most 35 hours.");
        if (v.MaxOccurrencesPerWeek is < 1 or > 50)
            fail("valuation.maxOccurrencesPerWeek", "A weekly cap of occurrences is between 1 and 50.");
        if (v.MaxTotalHours is <= 0 or > 2000)
            fail("valuation.maxTotalHours", "A total cap is more than 0 and at most 2000 hours.");
        if (v.ForfaitHours > v.MaxHoursPerWeek)
            fail("valuation", "The forfait of one occurrence exceeds the weekly cap: no occurrence could ever count in full.");
        if (v.ForfaitHours > v.MaxTotalHours)
            fail("valuation", "The forfait of one occurrence exceeds the total cap.");
        return errors;
    }

    private static void ValidateCosts(IReadOnlyList<HourlyCost> costs, Action<string, string> fail)
    {
        if (costs.Any(c => c.EurosPerHour is < 0 or > 10_000))
            fail("hourlyCosts", "An hourly cost is between 0 and 10,000 euros.");
        if (costs.Any(c => c.ValidTo < c.ValidFrom))
            fail("hourlyCosts", "A cost period ends before it starts.");
        var ordered = costs.OrderBy(c => c.ValidFrom).ToList();
        for (var i = 1; i < ordered.Count; i++)
            if (ordered[i - 1].ValidTo is not { } end || end >= ordered[i].ValidFrom)
                fail("hourlyCosts", "Cost periods overlap: one day has one hourly cost.");
    }

    [GeneratedRegex("^(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-8])$")]
    private static partial Regex Departement();
}
