using Intensif.Contracts.Api.Domain;

namespace Intensif.Contracts.Api.Infrastructure;

/// <summary>
/// The Contracts service's copy of a published catalogue entry, fed only by the catalogue's events. Updates carry a
/// version, so an older event arriving late never overwrites a newer one.
/// </summary>
public sealed class CatalogueEntryCopy
{
    public string Code { get; set; } = "";
    public string Label { get; set; } = "";
    public string Category { get; set; } = "";
    public Supervision? Supervision { get; set; }
    public decimal? ForfaitHours { get; set; }
    /// <summary>R.5411-15 family, 1 to 6, when the catalogue's events carried it.</summary>
    public int? Family { get; set; }
    public bool Archived { get; set; }
    /// <summary>The catalogue's version of the entry last applied (0 = only its publication).</summary>
    public int Version { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public CatalogueFacts ToFacts() => new(Code, Label, Supervision, ForfaitHours, Archived, Family);
}
