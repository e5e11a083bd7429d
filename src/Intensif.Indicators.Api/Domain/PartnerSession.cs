using Intensif.ServiceDefaults.Time;

namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// A partner's dated session of a catalogue entry (§3.10) with its capacity: the seats offered (O5). The newest
/// publication or change wins; a cancellation is final, whatever arrives after it.
/// </summary>
public sealed class PartnerSession
{
    public Guid SessionId { get; private set; }
    public Guid StructureId { get; private set; }
    public string EntryCode { get; private set; } = "";
    public string Territory { get; private set; } = "";
    public string Theme { get; private set; } = "";
    public DateTimeOffset Start { get; private set; }
    public int Capacity { get; private set; }
    public bool Cancelled { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    private PartnerSession() { }

    public static PartnerSession Known(Guid sessionId, Guid structureId, string entryCode, string territory) =>
        new() { SessionId = sessionId, StructureId = structureId, EntryCode = entryCode, Territory = territory, UpdatedAt = DateTimeOffset.MinValue };

    public void ApplyPublished(DateTimeOffset start, int capacity, string territory, string theme, DateTimeOffset occurredAt)
    {
        if (occurredAt < UpdatedAt) return;
        (Start, Capacity, Territory, Theme, UpdatedAt) = (start, capacity, territory, theme, occurredAt);
    }

    public void ApplyCancelled(DateTimeOffset start)
    {
        if (UpdatedAt == DateTimeOffset.MinValue) (Start, UpdatedAt) = (start, start);   // known only from its cancellation
        Cancelled = true;
    }

    public DateOnly Day => ParisTime.DayOf(Start);
}
