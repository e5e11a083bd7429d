using Intensif.Contracts.Api.Domain;

namespace Intensif.Contracts.Api.Apis;

public sealed record IntensiveEpisodeResponse(
    Guid Id, Guid ContractId, Guid BeneficiaryId, string ReferentId, EpisodeStatus Status, DateOnly StartDate, DateOnly PlannedEndDate,
    int ExtensionCount, bool EndAlertDue, DateOnly? EndedOn, ExitType? ExitType, IReadOnlyList<BarrierRating> BarriersAtExit)
{
    public static IntensiveEpisodeResponse From(IntensiveEpisode e, DateOnly today) => new(
        e.Id, e.ContractId, e.BeneficiaryId, e.ReferentId, e.Status, e.StartDate, e.PlannedEndDate, e.ExtensionCount,
        e.EndAlertDue(today), e.EndedOn, e.ExitType, e.BarriersAtExit);
}
