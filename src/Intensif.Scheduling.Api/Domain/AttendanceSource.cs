namespace Intensif.Scheduling.Api.Domain;

/// <summary>
/// Who stated what happened (§3.10 <c>declaredBy</c>): the partner's attendance sheet (émargement) for its own session,
/// the référent's validation, or the person's declaration of an autonomous activity, with a proof.
/// </summary>
public enum AttendanceSource
{
    PARTNER,
    REFERENT,
    BENEFICIARY,
}
