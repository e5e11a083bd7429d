namespace Intensif.Catalogue.Api.Domain;

/// <summary>
/// A dated session of a catalogue entry published by a partner structure, as the Partners service last described it.
/// Events may arrive out of order: a description older than the one held is ignored, and a cancellation is final.
/// </summary>
public sealed class OfferedSession
{
    public Guid SessionId { get; private set; }
    public Guid StructureId { get; private set; }
    public string EntryCode { get; private set; } = "";
    public DateTimeOffset Start { get; private set; }
    public DateTimeOffset End { get; private set; }
    public string? Location { get; private set; }
    public string? VideoLink { get; private set; }
    public int Capacity { get; private set; }
    public int SeatsLeft { get; private set; }
    public string Territory { get; private set; } = "";
    public string Theme { get; private set; } = "";
    public bool Cancelled { get; private set; }
    /// <summary>When the Partners service made the change held here (the event's occurrence time).</summary>
    public DateTimeOffset DescribedAt { get; private set; }

    private OfferedSession() { }

    public static OfferedSession Unknown(Guid sessionId) => new() { SessionId = sessionId, DescribedAt = DateTimeOffset.MinValue };

    /// <summary>Applies a full description of the session; returns false when it is older than what is held.</summary>
    public bool Describe(SessionDescription description, DateTimeOffset describedAt)
    {
        if (Cancelled || describedAt < DescribedAt) return false;
        StructureId = description.StructureId;
        EntryCode = description.EntryCode;
        Start = description.Start;
        End = description.End;
        Location = description.Location;
        VideoLink = description.VideoLink;
        Capacity = description.Capacity;
        SeatsLeft = Math.Clamp(description.SeatsLeft, 0, description.Capacity);
        Territory = description.Territory;
        Theme = description.Theme;
        DescribedAt = describedAt;
        return true;
    }

    /// <summary>A referral took or freed a seat; ignored when older than what is held.</summary>
    public bool SeatsChanged(int seatsLeft, DateTimeOffset changedAt)
    {
        if (Cancelled || changedAt < DescribedAt) return false;
        SeatsLeft = Capacity > 0 ? Math.Clamp(seatsLeft, 0, Capacity) : Math.Max(seatsLeft, 0);
        DescribedAt = changedAt;
        return true;
    }

    public void Cancel(DateTimeOffset cancelledAt)
    {
        Cancelled = true;
        DescribedAt = cancelledAt > DescribedAt ? cancelledAt : DescribedAt;
    }
}
