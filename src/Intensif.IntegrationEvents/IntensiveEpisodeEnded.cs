namespace Intensif.IntegrationEvents;

/// <summary>
/// An intensive episode ended with an exit (§3.17 reason code) and the barriers still present at exit, as
/// "TYPE:LEVEL" codes (persistance des freins).
/// </summary>
public sealed record IntensiveEpisodeEnded(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid EpisodeId,
    Guid ContractId,
    string OrganismeId,
    string Territory,
    Guid PseudonymousBeneficiaryId,
    DateOnly StartDate,
    DateOnly EndedOn,
    string ExitType,
    IReadOnlyList<string> BarriersAtExit) : IIntegrationEvent;
