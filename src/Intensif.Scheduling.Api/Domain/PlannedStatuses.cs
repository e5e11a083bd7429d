namespace Intensif.Scheduling.Api.Domain;

/// <summary>
/// Which assignments hold planned hours (SR-03): every one but a proposal nobody booked and a cancelled one. The week's
/// planned hours and the caps an entry's next occurrence is valued within both count these.
/// </summary>
public static class PlannedStatuses
{
    public static bool HoldsPlannedHours(this AssignmentStatus status) =>
        status is not (AssignmentStatus.PROPOSED or AssignmentStatus.CANCELLED_BY_PROVIDER or AssignmentStatus.CANCELLED);
}
