namespace Intensif.Indicators.Api.Infrastructure;

/// <summary>
/// The figures a projection row takes part in: those of its organisme and territory from <see cref="From"/> to
/// <see cref="To"/> (null: up to today). A row read through a person or an episode says so, and the scopes of that
/// person's episodes (with the same organisme unless <see cref="AnyOrganisme"/>) or that episode's whole span are marked too.
/// </summary>
public sealed record FiguresTouched(string? OrganismeId, string? Territory, DateOnly From, DateOnly? To)
{
    /// <summary>The person whose episodes read this row: their organismes and territories are marked over the same days.</summary>
    public Guid? Person { get; init; }

    /// <summary>With <see cref="Person"/>: the row counts for the person's episodes of every organisme, not only its own.</summary>
    public bool AnyOrganisme { get; init; }

    /// <summary>The episode whose figures read this row whatever its date: that episode's scopes over its whole span are marked.</summary>
    public Guid? Episode { get; init; }

    /// <summary>A change whose figures are not known (a row that does not implement <see cref="IFeedsIndicators"/>): all of them.</summary>
    public static readonly FiguresTouched Everything = new("*", null, DateOnly.MinValue, DateOnly.MinValue);

    public static FiguresTouched Day(string organismeId, string territory, DateOnly day) => new(organismeId, territory, day, day);

    public static FiguresTouched OfEpisode(Guid episodeId) => new(null, null, DateOnly.MinValue, null) { Episode = episodeId };
}
