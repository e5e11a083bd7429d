using System.ComponentModel.DataAnnotations;
using Intensif.Contracts.Api.Domain;

namespace Intensif.Contracts.Api.Apis;

/// <summary>§3.17 employmentDetails: the job a person took, as the référent records it (at exit or later).</summary>
public record EmploymentDetailsInput
{
    /// <summary>CDI, CDD, INTERIM, CREATION_ACTIVITE, ALTERNANCE, IAE, CONTRAT_AIDE, AUTRE.</summary>
    [Required, EnumDataType(typeof(EmploymentContractKind))] public EmploymentContractKind? ContractKind { get; init; }
    /// <summary>Between the contract's signature and today.</summary>
    [Required] public DateOnly? StartDate { get; init; }
    /// <summary>Required for CDD, INTERIM, ALTERNANCE, IAE and CONTRAT_AIDE; empty for a CDI or a creation.</summary>
    [Range(1, 120)] public int? DurationMonths { get; init; }
    [Range(1, 48)] public decimal? WeeklyHours { get; init; }
    /// <summary>Kept in Contracts, never published.</summary>
    [RegularExpression("^[0-9]{14}$", ErrorMessage = "A SIRET is 14 digits.")] public string? EmployerSiret { get; init; }
    /// <summary>ROME code of the job (e.g. K1302).</summary>
    [RegularExpression("^[A-Na-n][0-9]{4}$", ErrorMessage = "A ROME code is a letter A–N and four digits, e.g. K1302.")] public string? Rome { get; init; }

    public EmploymentDetails ToDetails() =>
        new(ContractKind!.Value, StartDate!.Value, DurationMonths, WeeklyHours, EmployerSiret, Rome);
}
