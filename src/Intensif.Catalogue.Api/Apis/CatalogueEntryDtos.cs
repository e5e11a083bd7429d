using System.ComponentModel.DataAnnotations;
using Intensif.Catalogue.Api.Domain;

namespace Intensif.Catalogue.Api.Apis;

public sealed record PublishEntryRequest
{
    [Required, RegularExpression("^[A-Za-z0-9-]{3,32}$", ErrorMessage = "A code of 3 to 32 letters, digits and dashes, e.g. EMP-PMSMP-01.")]
    public string? Code { get; init; }
    [Required, StringLength(200, MinimumLength = 3)] public string? Label { get; init; }
    [Required, StringLength(64, MinimumLength = 2)] public string? Category { get; init; }
    /// <summary>R.5411-15 family, 1 to 6.</summary>
    [Required, Range(1, 6)] public int? Family { get; init; }
    [Required] public ValuationMethod? Valuation { get; init; }
    [Required, Range(0.25, 35)] public decimal? ForfaitHours { get; init; }
}

public sealed record CatalogueEntryResponse(
    Guid Id, string Code, string Label, string Category, int Family, ValuationMethod Valuation, decimal ForfaitHours, DateTimeOffset PublishedAt)
{
    public static CatalogueEntryResponse From(CatalogueEntry e) =>
        new(e.Id, e.Code, e.Label, e.Category, e.Family, e.Valuation, e.ForfaitHours, e.PublishedAt);
}
