using System.ComponentModel.DataAnnotations;
using Intensif.Contracts.Api.Domain;

namespace Intensif.Contracts.Api.Apis;

/// <summary>An action of the plan: a catalogue entry (its label, supervision and forfait are taken from it) or a free action.</summary>
public sealed record PlannedActionInput
{
    /// <summary>The action's id from the current plan, to keep it across versions; a new action has none.</summary>
    public Guid? Id { get; init; }
    [StringLength(64)] public string? CatalogueCode { get; init; }
    [StringLength(300)] public string? Label { get; init; }
    /// <summary>R.5411-15 family, 1 (mise en situation professionnelle) to 6 (pérenniser une activité); the catalogue entry's when omitted.</summary>
    [Range(1, 6)] public int? Family { get; init; }
    [EnumDataType(typeof(Supervision))] public Supervision? Supervision { get; init; }
    /// <summary>Valued hours a week; the catalogue's forfait when omitted.</summary>
    [Range(0.1, 35)] public decimal? WeeklyHours { get; init; }
    [Required] public DateOnly? StartDate { get; init; }
    public DateOnly? EndDate { get; init; }
    [StringLength(40)] public string? ObjectiveCode { get; init; }

    public ActionDraft ToDraft() => new(Id, CatalogueCode?.Trim(), Label, Family, Supervision, WeeklyHours, StartDate!.Value, EndDate, ObjectiveCode);
}
