namespace Intensif.Contracts.Api.Domain;

/// <summary>§3.17 employmentDetails: the job as the référent records it. The employer's SIRET stays in Contracts.</summary>
public sealed record EmploymentDetails(
    EmploymentContractKind ContractKind, DateOnly StartDate, int? DurationMonths, decimal? WeeklyHours, string? EmployerSiret, string? Rome);
