using Intensif.ServiceDefaults.Problems;

namespace Intensif.Contracts.Api.Domain;

/// <summary>
/// One version of a person's diagnostic global (§3.5). BR-31: it is co-built and evolving, so it is never edited in
/// place: each change is a new version, the previous ones stay as they were.
/// </summary>
public sealed class Diagnostic
{
    public Guid Id { get; private set; }
    public Guid BeneficiaryId { get; private set; }
    public string OrganismeId { get; private set; } = "";
    public int Version { get; private set; }
    public DateOnly Date { get; private set; }
    public ProjectMaturity? ProjectMaturity { get; private set; }
    public string? ProfessionalProject { get; private set; }
    public IReadOnlyList<DiagnosticBarrier> Barriers { get; private set; } = [];
    /// <summary>Hours a week the person can realistically do now.</summary>
    public decimal? WeeklyCapacityHint { get; private set; }
    /// <summary>Acknowledged by the person (BR-31: co-built).</summary>
    public bool CoBuilt { get; private set; }
    /// <summary>BR-31: the diagnostic can lead to a réorientation.</summary>
    public bool TriggersReorientation { get; private set; }
    public bool? IntensiveEligible { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";

    private Diagnostic() { }

    /// <summary>Records the next version after <paramref name="previous"/> (null for the first).</summary>
    public static Diagnostic NextVersion(Beneficiary person, Diagnostic? previous, DiagnosticContent content, DateOnly today, DateTimeOffset now, string by)
    {
        if (content.Date > today)
            throw new RuleViolationException("date-in-the-future", "A diagnostic is recorded once made.");
        if (previous is not null && content.Date < previous.Date)
            throw new RuleViolationException("diagnostic-older-than-previous", $"The current diagnostic is of {previous.Date:yyyy-MM-dd}; a new version cannot be older.");
        var duplicated = content.Barriers.GroupBy(b => b.Type).FirstOrDefault(g => g.Count() > 1);
        if (duplicated is not null)
            throw new RuleViolationException("barrier-duplicated", $"The barrier {duplicated.Key} is rated twice.");
        if (content.Barriers.Any(b => b.Type == BarrierType.AUTRE && string.IsNullOrWhiteSpace(b.Evidence)))
            throw new RuleViolationException("barrier-needs-description", "A barrier of type AUTRE says what it is.");
        return new Diagnostic
        {
            Id = Guid.CreateVersion7(now),
            BeneficiaryId = person.Id,
            OrganismeId = person.OrganismeId,
            Version = (previous?.Version ?? 0) + 1,
            Date = content.Date,
            ProjectMaturity = content.ProjectMaturity,
            ProfessionalProject = Clean(content.ProfessionalProject),
            Barriers = content.Barriers
                .Select(b => b with { Evidence = Clean(b.Evidence), Restricted = b.Restricted || DiagnosticBarrier.AlwaysRestricted(b.Type) })
                .OrderBy(b => b.Type).ToArray(),
            WeeklyCapacityHint = content.WeeklyCapacityHint,
            CoBuilt = content.CoBuilt,
            TriggersReorientation = content.TriggersReorientation,
            IntensiveEligible = content.IntensiveEligible,
            RecordedAt = now,
            RecordedBy = by,
        };
    }

    /// <summary>§2.2: a restricted free text is read by its author and the person's référent only; others see the level.</summary>
    public IReadOnlyList<DiagnosticBarrier> BarriersSeenBy(string subject, string currentReferentId) =>
        subject == RecordedBy || subject == currentReferentId
            ? Barriers
            : Barriers.Select(b => b.Restricted ? b with { Evidence = null } : b).ToArray();

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
