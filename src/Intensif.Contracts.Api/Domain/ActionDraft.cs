using Intensif.ServiceDefaults.Problems;

namespace Intensif.Contracts.Api.Domain;

/// <summary>An action as the référent writes it; <see cref="Resolve"/> completes it from the catalogue entry it names.</summary>
public sealed record ActionDraft(
    Guid? Id, string? CatalogueCode, string? Label, int? Family, Supervision? Supervision, decimal? WeeklyHours,
    DateOnly StartDate, DateOnly? EndDate, string? ObjectiveCode)
{
    /// <summary>
    /// BR-17: a catalogue action is one the fichier métier lists (published, not archived, unless the plan already
    /// held it) and takes its label, supervision, R.5411-15 family and forfait from it; neither the supervision nor the family can contradict the entry. A
    /// free action states its label, supervision and hours.
    /// </summary>
    public PlannedAction Resolve(CatalogueFacts? entry, bool alreadyPlanned, DateTimeOffset now)
    {
        if (CatalogueCode is not null)
        {
            if (entry is null)
                throw new RuleViolationException("catalogue-entry-unknown", $"No published catalogue entry {CatalogueCode} is known here.");
            if (entry.Archived && !alreadyPlanned)
                throw new RuleViolationException("catalogue-entry-archived", $"The catalogue entry {CatalogueCode} is archived: it can no longer be planned.");
            if (entry.Supervision is { } s && Supervision is { } asked && s != asked)
                throw new RuleViolationException("supervision-mismatch", $"The catalogue entry {CatalogueCode} is {s}.");
            if (entry.Family is { } f && Family is { } stated && f != stated)
                throw new RuleViolationException("family-mismatch", $"The catalogue entry {CatalogueCode} belongs to family {f} of R.5411-15.");
        }
        var label = string.IsNullOrWhiteSpace(Label) ? entry?.Label : Label.Trim();
        if (label is null)
            throw new RuleViolationException("label-required", "A free action needs a label.");
        var supervision = entry?.Supervision ?? Supervision
            ?? throw new RuleViolationException("supervision-required", "Say whether the action is ACCOMPAGNEE or AUTONOME (BR-07).");
        var family = entry?.Family ?? Family
            ?? throw new RuleViolationException("family-required", "Say which R.5411-15 family (1 to 6) the action belongs to; the catalogue entry does not say.");
        var hours = WeeklyHours ?? entry?.ForfaitHours
            ?? throw new RuleViolationException("weekly-hours-required", "Say how many hours a week the action is valued at (BR-17).");
        if (hours is <= 0 or > WeeklyDuration.MaximumHours)
            throw new RuleViolationException("weekly-hours-out-of-bounds", $"An action is valued between 0 and {WeeklyDuration.MaximumHours} h a week.");
        return new PlannedAction(Id ?? Guid.CreateVersion7(now), CatalogueCode, label, family, supervision, hours, StartDate, EndDate, ObjectiveCode);
    }
}
