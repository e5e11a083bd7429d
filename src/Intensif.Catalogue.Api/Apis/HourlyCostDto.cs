using System.ComponentModel.DataAnnotations;
using Intensif.Catalogue.Api.Domain;

namespace Intensif.Catalogue.Api.Apis;

/// <summary>An hourly cost in euros over a validity period (validTo inclusive, open when absent).</summary>
public sealed record HourlyCostDto
{
    [Required] public decimal? EurosPerHour { get; init; }
    [Required] public DateOnly? ValidFrom { get; init; }
    public DateOnly? ValidTo { get; init; }

    public HourlyCost ToCost() => new(EurosPerHour!.Value, ValidFrom!.Value, ValidTo);
    public static HourlyCostDto From(HourlyCost c) => new() { EurosPerHour = c.EurosPerHour, ValidFrom = c.ValidFrom, ValidTo = c.ValidTo };
}
