namespace Intensif.Partners.Api.Domain;

/// <summary>
/// What Partners knows of a person's intensive episode, built from Contracts' IntensiveEpisodeStarted, Extended and
/// Ended events: which organisme runs it, for whom, and its period. A co-accompaniment attaches to one. Every Apply
/// commutes with the others, so events arriving in any order leave the same row.
/// </summary>
public sealed class IntensiveEpisode
{
    public Guid EpisodeId { get; private set; }
    public string OrganismeId { get; private set; } = "";
    public Guid BeneficiaryId { get; private set; }
    public DateOnly? StartDate { get; private set; }
    public DateOnly? PlannedEndDate { get; private set; }
    public int ExtensionCount { get; private set; }
    public DateOnly? EndedOn { get; private set; }

    private IntensiveEpisode() { }

    public static IntensiveEpisode Known(Guid episodeId, string organismeId, Guid beneficiaryId) =>
        new() { EpisodeId = episodeId, OrganismeId = organismeId, BeneficiaryId = beneficiaryId };

    public void ApplyStarted(DateOnly startDate, DateOnly plannedEndDate)
    {
        StartDate = startDate;
        if (ExtensionCount == 0) PlannedEndDate = plannedEndDate;
    }

    public void ApplyExtended(DateOnly plannedEndDate, int extensionCount)
    {
        if (extensionCount <= ExtensionCount) return;   // an older extension arriving late changes nothing
        ExtensionCount = extensionCount;
        PlannedEndDate = plannedEndDate;
    }

    public void ApplyEnded(DateOnly startDate, DateOnly endedOn)
    {
        StartDate = startDate;
        EndedOn = endedOn;
    }

    /// <summary>Co-accompaniments attach to an episode whose start is known and which has not ended.</summary>
    public bool IsOpen => StartDate is not null && EndedOn is null;
}
