using System.ComponentModel.DataAnnotations;
using Intensif.Partners.Api.Domain;

namespace Intensif.Partners.Api.Apis;

/// <summary>The profile fields shared by registration and update, checked against the codes of the domain reference.</summary>
public abstract record StructureProfileRequest : IValidatableObject
{
    [Required, StringLength(200, MinimumLength = 2)] public string? Name { get; init; }
    /// <summary>A type of §3.13: O2R, PLIE, SIAE_ACI, ASSOCIATION_MOBILITE…</summary>
    [Required] public string? Type { get; init; }
    /// <summary>Département codes, e.g. 34.</summary>
    [Required, MinLength(1)] public string[]? Territories { get; init; }
    /// <summary>Theme codes of §3.15, e.g. MOBILITE.</summary>
    public string[] Themes { get; init; } = [];
    public ContactRequest[] Contacts { get; init; } = [];
    public ConventionRequest[] Conventions { get; init; } = [];
    public bool Qualiopi { get; init; }
    public bool PmsmpPrescriptionDelegation { get; init; }
    public bool DataSharingAgreementSigned { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Type is not null && !StructureTypes.IsKnown(Type))
            yield return new ValidationResult($"'{Type}' is not a structure type; one of {string.Join(", ", StructureTypes.All.Keys)}.", [nameof(Type)]);
        foreach (var territory in (Territories ?? []).Where(t => !Domain.Territories.IsDepartement(t)))
            yield return new ValidationResult($"'{territory}' is not a département code.", [nameof(Territories)]);
        foreach (var theme in Themes.Where(t => !Domain.Themes.IsKnown(t)))
            yield return new ValidationResult($"'{theme}' is not a theme; one of {string.Join(", ", Domain.Themes.All)}.", [nameof(Themes)]);
        // nested records' own checks do not run through array elements, so the period is checked here
        if (Conventions.Any(c => c.EndsBeforeItStarts))
            yield return new ValidationResult("A convention ends on or after the day it starts.", [nameof(Conventions)]);
    }

    public StructureProfile ToProfile() => new(
        Name!, Type!, Territories!, Themes, Contacts.Select(c => c.ToDomain()).ToList(), Conventions.Select(c => c.ToDomain()).ToList(),
        Qualiopi, PmsmpPrescriptionDelegation, DataSharingAgreementSigned);
}
