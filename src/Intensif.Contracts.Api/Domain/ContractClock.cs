namespace Intensif.Contracts.Api.Domain;

/// <summary>
/// The clocks of orientation: the contract is signed within one month of the orientation's notification (BR-09,
/// D.5411-14-1, SR-08), and the PCD orients an RSA beneficiary within six weeks of the RSA request (BR-10, SR-09).
/// </summary>
public static class ContractClock
{
    public const int RsaOrientationWeeks = 6;

    /// <summary>BR-09: one month after the notification of the orientation (a new orientation restarts it).</summary>
    public static DateOnly Deadline(DateOnly notificationDate) => notificationDate.AddMonths(1);

    /// <summary>BR-10: six weeks after the RSA request (or the opening of the right).</summary>
    public static DateOnly RsaOrientationDeadline(DateOnly rsaRequestDate) => rsaRequestDate.AddDays(7 * RsaOrientationWeeks);

    /// <summary>
    /// SR-08: the orientation is answered by a contract signed, or updated, on or after its notification; without
    /// one, it is overdue the day after the deadline. Returns the days overdue, or null when not overdue.
    /// </summary>
    public static int? DaysOverdue(DateOnly notificationDate, IEnumerable<DateOnly> contractSignedOrUpdatedOn, DateOnly today)
    {
        if (contractSignedOrUpdatedOn.Any(d => d >= notificationDate)) return null;
        var deadline = Deadline(notificationDate);
        return today > deadline ? today.DayNumber - deadline.DayNumber : null;
    }
}
