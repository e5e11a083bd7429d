namespace Intensif.Catalogue.Api.Domain;

/// <summary>What an hour of the activity costs over a validity period (ValidTo inclusive, open when null).</summary>
public sealed record HourlyCost(decimal EurosPerHour, DateOnly ValidFrom, DateOnly? ValidTo = null)
{
    public bool Covers(DateOnly day) => day >= ValidFrom && (ValidTo is null || day <= ValidTo);
}
