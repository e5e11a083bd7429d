namespace Intensif.Scheduling.Api.Catalogue;

/// <summary>
/// The catalogue could not value the occurrence: the problem to answer (400 with the field errors the catalogue gave,
/// 400 on <c>entryCode</c> for an entry it does not publish, or 503 when it cannot be reached). Nothing is persisted.
/// </summary>
public sealed class CatalogueRefusal(IResult problem, string message, bool unavailable = false) : Exception(message)
{
    public IResult Problem { get; } = problem;

    /// <summary>The catalogue could not be reached (503: retry later), rather than refusing the occurrence itself.</summary>
    public bool Unavailable { get; } = unavailable;
}
