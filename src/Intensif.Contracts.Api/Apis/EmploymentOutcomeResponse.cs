using Intensif.Contracts.Api.Domain;

namespace Intensif.Contracts.Api.Apis;

public sealed record EmploymentOutcomeResponse(
    Guid Id, Guid ContractId, Guid? EpisodeId, EmploymentContractKind ContractKind, DateOnly StartDate, int? DurationMonths, decimal? WeeklyHours,
    string? EmployerSiret, string? Rome, EmploymentOutcomeSource Source, bool Durable, DateTimeOffset RecordedAt, string RecordedBy)
{
    public static EmploymentOutcomeResponse From(EmploymentOutcome o) => new(
        o.Id, o.ContractId, o.EpisodeId, o.ContractKind, o.StartDate, o.DurationMonths, o.WeeklyHours, o.EmployerSiret, o.Rome, o.Source,
        o.Durable, o.RecordedAt, o.RecordedBy);
}
