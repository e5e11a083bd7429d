namespace Intensif.Indicators.Api.Infrastructure;

/// <summary>Whose figures: one organisme (its managers) or one territory (the pilots of its comité).</summary>
public sealed record IndicatorScope(string? OrganismeId, string? Territory)
{
    public static IndicatorScope OfOrganisme(string organismeId) => new(organismeId, null);

    public static IndicatorScope OfTerritory(string territory) => new(null, territory);

    public override string ToString() => OrganismeId is not null ? "organisme:" + OrganismeId : "territory:" + Territory;
}
