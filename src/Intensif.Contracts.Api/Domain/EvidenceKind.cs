namespace Intensif.Contracts.Api.Domain;

/// <summary>What a piece of evidence of a breach points at (§3.16 evidenceRefs: weekly programmes, interviews).</summary>
public enum EvidenceKind
{
    WEEKLY_PROGRAMME,
    INTERVIEW,
    CONTRACT,
    OTHER,
}
