namespace Intensif.Scheduling.Api.Domain;

/// <summary>Something the référent should act on for one person: a stable <c>Code</c> and a sentence saying why.</summary>
public sealed record ReferentAlert(string Code, Guid BeneficiaryId, Guid EpisodeId, string Detail)
{
    /// <summary>The day by which to act, when the rule has one (SR-07: the last day a professional situation may start).</summary>
    public DateOnly? DueBy { get; init; }
}
