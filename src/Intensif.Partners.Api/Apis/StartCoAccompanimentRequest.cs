using System.ComponentModel.DataAnnotations;
using Intensif.Partners.Api.Domain;

namespace Intensif.Partners.Api.Apis;

/// <summary>Attach a partner to a person's intensive episode: role, period, only what the partner needs about the person, consent.</summary>
public sealed record StartCoAccompanimentRequest : IValidatableObject
{
    /// <summary>The intensive episode (Contracts' EpisodeId) the partner joins.</summary>
    [Required] public Guid? EpisodeId { get; init; }
    [Required] public Guid? StructureId { get; init; }
    /// <summary>REMOBILISATION, ACCOMPAGNEMENT_SOCIO_PRO, LEVEE_FREINS, PARCOURS_IAE, CREATION_ACTIVITE, FORMATION or AUTRE.</summary>
    [Required] public string? Role { get; init; }
    [Required] public DateOnly? StartsOn { get; init; }
    [Required] public DateOnly? EndsOn { get; init; }
    /// <summary>What the partner works on with the person, e.g. "Lever le frein mobilité : permis B".</summary>
    [StringLength(1000)] public string? Objective { get; init; }
    /// <summary>How the partner addresses the person, e.g. "Samir B.".</summary>
    [Required, StringLength(120, MinimumLength = 2)] public string? PersonName { get; init; }
    [StringLength(200)] public string? PersonContact { get; init; }
    /// <summary>The person agreed to these data being sent to the structure.</summary>
    [Required] public bool? ConsentGiven { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Role is not null && !CoAccompanimentRoles.IsKnown(Role))
            yield return new ValidationResult($"'{Role}' is not a role; one of {string.Join(", ", CoAccompanimentRoles.All)}.", [nameof(Role)]);
        if (StartsOn is { } start && EndsOn is { } end && end < start)
            yield return new ValidationResult("The period ends on or after the day it starts.", [nameof(EndsOn)]);
    }

    public CoAccompanimentPlan ToPlan() =>
        new(Role!, StartsOn!.Value, EndsOn!.Value, Objective, PersonName!, PersonContact, ConsentGiven!.Value);
}
