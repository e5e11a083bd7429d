using Intensif.ServiceDefaults.Problems;

namespace Intensif.Contracts.Api.Domain;

/// <summary>A passation: the person is handed over to another référent of the same organisme (§3.18, BR-21, SR-10).</summary>
public sealed class ReferentChange
{
    public Guid Id { get; private set; }
    public Guid BeneficiaryId { get; private set; }
    public string OrganismeId { get; private set; } = "";
    public string FromReferentId { get; private set; } = "";
    public string ToReferentId { get; private set; } = "";
    public ReferentChangeReason Reason { get; private set; }
    public DateOnly EffectiveDate { get; private set; }
    /// <summary>SR-10: a handover note is required so the parcours is not broken.</summary>
    public string HandoverNote { get; private set; } = "";
    /// <summary>BR-21: the plan continues as it is.</summary>
    public bool PlanContinuity { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";

    private ReferentChange() { }

    /// <summary>
    /// Hands the person, their contract in force and their active intensive episode over to <paramref name="toReferentId"/>.
    /// The receiving portfolio's cap is checked when an episode moves (<paramref name="receivingActiveIntensive"/> read under its lock).
    /// </summary>
    public static (ReferentChange Change, ContractVersion? ContractVersion) Handover(
        Beneficiary beneficiary, Contract? contract, IntensiveEpisode? activeEpisode, string toReferentId, ReferentChangeReason reason,
        DateOnly effectiveDate, string handoverNote, int receivingActiveIntensive, LocalPolicy policy, DateTimeOffset now, string by)
    {
        if (toReferentId == beneficiary.ReferentId)
            throw new RuleViolationException("same-referent", "The person is already followed by this référent.");
        if (string.IsNullOrWhiteSpace(handoverNote))
            throw new RuleViolationException("handover-note-required", "A handover note is required (SR-10).");
        activeEpisode?.HandOver(toReferentId, receivingActiveIntensive, policy, now);
        var change = new ReferentChange
        {
            Id = Guid.CreateVersion7(now),
            BeneficiaryId = beneficiary.Id,
            OrganismeId = beneficiary.OrganismeId,
            FromReferentId = beneficiary.ReferentId,
            ToReferentId = toReferentId,
            Reason = reason,
            EffectiveDate = effectiveDate,
            HandoverNote = handoverNote.Trim(),
            PlanContinuity = true,
            RecordedAt = now,
            RecordedBy = by,
        };
        beneficiary.AssignReferent(toReferentId);
        var version = contract?.ChangeReferent(toReferentId, $"Passation ({reason}) from {change.FromReferentId} to {toReferentId}", now, by);
        return (change, version);
    }
}
