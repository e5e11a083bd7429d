using Intensif.ServiceDefaults.Problems;

namespace Intensif.Contracts.Api.Domain;

/// <summary>
/// A décision d'orientation (§3.2): the parcours, the organisme référent, and the notification date that starts the
/// one-month contract clock (BR-09). A new one is a réorientation: it replaces the current one and restarts the clock.
/// </summary>
public sealed class Orientation
{
    public Guid Id { get; private set; }
    public Guid BeneficiaryId { get; private set; }
    /// <summary>The organisme that records it (the tenant).</summary>
    public string OrganismeId { get; private set; } = "";
    public OrientationAuthority DecidedBy { get; private set; }
    public DateOnly DecisionDate { get; private set; }
    public DateOnly NotificationDate { get; private set; }
    public Parcours Parcours { get; private set; }
    /// <summary>The organisme référent the person is oriented to.</summary>
    public string OrganismeReferentId { get; private set; } = "";
    public bool IsReorientation { get; private set; }
    public Guid? PreviousOrientationId { get; private set; }
    public string? Reason { get; private set; }
    /// <summary>RSA only: the RSA request (or opening of the right) that starts the 6-week orientation clock.</summary>
    public DateOnly? RsaRequestDate { get; private set; }
    public DateOnly ContractDeadline { get; private set; }
    public DateOnly? RsaOrientationDeadline { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";

    private Orientation() { }

    /// <summary>BR-10: decided after the 6-week RSA deadline (recorded all the same: the deadline binds the PCD, not the person).</summary>
    public bool RsaOrientationLate => RsaOrientationDeadline is { } deadline && DecisionDate > deadline;

    /// <summary>Records the decision; <paramref name="current"/> is the person's current orientation, if any.</summary>
    public static Orientation Decide(Beneficiary person, Orientation? current, OrientationDecision d, DateOnly today, DateTimeOffset now, string by)
    {
        if (d.DecisionDate > today || d.NotificationDate > today)
            throw new RuleViolationException("date-in-the-future", "An orientation is recorded once decided and notified, not ahead.");
        if (d.NotificationDate < d.DecisionDate)
            throw new RuleViolationException("notification-before-decision", "An orientation is notified on or after its decision.");
        if (d.RsaRequestDate is { } requested)
        {
            if (!person.Publics.Contains(PublicType.RSA))
                throw new RuleViolationException("rsa-request-date-without-rsa", "The RSA orientation clock applies to RSA beneficiaries only (BR-10).");
            if (d.DecisionDate < requested)
                throw new RuleViolationException("decision-before-rsa-request", "An RSA orientation follows the RSA request.");
        }
        if (current is not null)
        {
            if (string.IsNullOrWhiteSpace(d.Reason))
                throw new RuleViolationException("reorientation-reason-required", "A réorientation says why (diagnostic, change of situation…).");
            if (d.NotificationDate < current.NotificationDate)
                throw new RuleViolationException("orientation-older-than-current", "A réorientation is notified after the current orientation.");
        }
        var orientation = new Orientation
        {
            Id = Guid.CreateVersion7(now),
            BeneficiaryId = person.Id,
            OrganismeId = person.OrganismeId,
            DecidedBy = d.DecidedBy,
            DecisionDate = d.DecisionDate,
            NotificationDate = d.NotificationDate,
            Parcours = d.Parcours,
            OrganismeReferentId = d.OrganismeReferentId,
            IsReorientation = current is not null,
            PreviousOrientationId = current?.Id,
            Reason = string.IsNullOrWhiteSpace(d.Reason) ? null : d.Reason.Trim(),
            RsaRequestDate = d.RsaRequestDate,
            ContractDeadline = ContractClock.Deadline(d.NotificationDate),
            RsaOrientationDeadline = d.RsaRequestDate is { } r ? ContractClock.RsaOrientationDeadline(r) : null,
            RecordedAt = now,
            RecordedBy = by,
        };
        person.Orient(orientation.Id);
        return orientation;
    }
}
