namespace Intensif.Scheduling.Api.Domain;

/// <summary>
/// Scheduling's copy of a partner's dated session, fed by SessionPublished/SessionUpdated/SessionCancelled. Each keeps
/// the occurrence time of the description it holds and ignores anything older; a cancellation is final.
/// </summary>
public sealed class PartnerSessionCopy
{
    public Guid SessionId { get; private set; }
    public Guid StructureId { get; private set; }
    public string EntryCode { get; private set; } = "";
    public DateTimeOffset Start { get; private set; }
    public DateTimeOffset End { get; private set; }
    public string? Location { get; private set; }
    public string Territory { get; private set; } = "";
    public string Theme { get; private set; } = "";
    public int Capacity { get; private set; }
    public int SeatsLeft { get; private set; }
    public bool Cancelled { get; private set; }
    public DateTimeOffset DescribedAt { get; private set; }
    /// <summary>Raised on each change after the first description (the iCalendar SEQUENCE).</summary>
    public int Sequence { get; private set; }
    /// <summary>When the copy last changed (occurrence time of the event), the iCalendar DTSTAMP.</summary>
    public DateTimeOffset ChangedAt { get; private set; }

    private PartnerSessionCopy() { }

    public static PartnerSessionCopy Unknown(Guid sessionId, Guid structureId, string entryCode) =>
        new() { SessionId = sessionId, StructureId = structureId, EntryCode = entryCode, DescribedAt = DateTimeOffset.MinValue };

    /// <summary>False when the description is older than the one held, or the session is cancelled.</summary>
    public bool Describe(string entryCode, DateTimeOffset start, DateTimeOffset end, string? location, string territory, string theme,
        int capacity, int seatsLeft, DateTimeOffset occurredAt)
    {
        if (Cancelled || occurredAt <= DescribedAt) return false;
        if (DescribedAt > DateTimeOffset.MinValue) Sequence++;
        ChangedAt = Instants.Microseconds(occurredAt);
        (EntryCode, Start, End, Location, Territory, Theme, Capacity, SeatsLeft, DescribedAt) =
            (entryCode, start.ToUniversalTime(), end.ToUniversalTime(), location, territory, theme, capacity, seatsLeft, occurredAt);
        return true;
    }

    public void Cancel(DateTimeOffset start, string territory, DateTimeOffset occurredAt)
    {
        if (Cancelled) return;
        Cancelled = true;
        Sequence++;
        ChangedAt = Instants.Microseconds(occurredAt);
        if (DescribedAt == DateTimeOffset.MinValue) (Start, End, Territory) = (start.ToUniversalTime(), start.ToUniversalTime(), territory);
    }
}
