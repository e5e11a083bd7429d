using Intensif.ServiceDefaults.Problems;

namespace Intensif.Scheduling.Api.Domain;

/// <summary>
/// An event of the shared calendar of a territory (issue 6, item 4), owned by Scheduling: a collective session of a
/// catalogue entry that référents of any organisme book people into, or a coordination meeting between professionals.
/// Its seats are counted here (<see cref="SeatsTaken"/>) and only change under the event's row lock, together with its
/// bookings and waitlist (see <see cref="Waitlist"/>).
/// </summary>
public sealed class SharedEvent
{
    public static readonly TimeSpan MaxLength = TimeSpan.FromHours(12);

    public Guid Id { get; private set; }
    public SharedEventKind Kind { get; private set; }
    /// <summary>The organisme, or the partner structure, that organises it (the organiser's token's <c>org</c>).</summary>
    public string OrganiserOrganisation { get; private set; } = "";
    /// <summary><c>organisme</c> or <c>partner</c>.</summary>
    public string OrganiserKind { get; private set; } = "";
    /// <summary>Who created it (the token's <c>sub</c>).</summary>
    public string CreatedBy { get; private set; } = "";
    public string Territory { get; private set; } = "";
    public string? Theme { get; private set; }
    /// <summary>The catalogue entry of a collective session; null for a coordination meeting.</summary>
    public string? EntryCode { get; private set; }
    public string Title { get; private set; } = "";
    public DateTimeOffset Start { get; private set; }
    public DateTimeOffset End { get; private set; }
    public string? Location { get; private set; }
    public string? VideoLink { get; private set; }
    /// <summary>Seats; required for a collective session, optional (unlimited) for a coordination meeting.</summary>
    public int? Capacity { get; private set; }
    public int SeatsTaken { get; private set; }
    public bool Cancelled { get; private set; }
    /// <summary>Raised on every change of the event itself (its ETag and iCalendar SEQUENCE); seats do not raise it.</summary>
    public int Sequence { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public int? SeatsLeft => Capacity is { } capacity ? capacity - SeatsTaken : null;
    public bool HasSeatLeft => Capacity is null || SeatsTaken < Capacity;

    private SharedEvent() { }

    public static SharedEvent Create(SharedEventKind kind, string organiserOrganisation, string organiserKind, string createdBy, string territory,
        string? theme, string? entryCode, string title, DateTimeOffset start, DateTimeOffset end, string? location, string? videoLink, int? capacity,
        DateTimeOffset now)
    {
        if (kind == SharedEventKind.COLLECTIVE_SESSION && capacity is null)
            throw new RuleViolationException("capacity-required", "A collective session has a capacity.");
        if (kind == SharedEventKind.COLLECTIVE_SESSION && string.IsNullOrWhiteSpace(entryCode))
            throw new RuleViolationException("entry-code-required", "A collective session is a session of a catalogue entry (entryCode).");
        var created = new SharedEvent
        {
            Id = Guid.CreateVersion7(now), Kind = kind, OrganiserOrganisation = organiserOrganisation, OrganiserKind = organiserKind,
            CreatedBy = createdBy, Territory = territory, CreatedAt = Instants.Microseconds(now),
            EntryCode = kind == SharedEventKind.COLLECTIVE_SESSION ? entryCode!.Trim().ToUpperInvariant() : null,
        };
        created.Describe(theme, title, start, end, location, videoLink, capacity);
        created.UpdatedAt = created.CreatedAt;
        return created;
    }

    /// <summary>The organiser changes the event; its capacity never goes below the seats taken.</summary>
    public void Update(string? theme, string title, DateTimeOffset start, DateTimeOffset end, string? location, string? videoLink, int? capacity,
        DateTimeOffset now)
    {
        EnsureNotCancelled();
        if (Kind == SharedEventKind.COLLECTIVE_SESSION && capacity is null)
            throw new RuleViolationException("capacity-required", "A collective session has a capacity.");
        if (capacity is { } c && c < SeatsTaken)
            throw new RuleViolationException("capacity-below-seats-taken", $"{SeatsTaken} seat(s) are taken; the capacity cannot go below that.");
        Describe(theme, title, start, end, location, videoLink, capacity);
        Touch(now);
    }

    /// <summary>The organiser cancels the event; final. Its bookings become CANCELLED_BY_PROVIDER.</summary>
    public void Cancel(DateTimeOffset now)
    {
        EnsureNotCancelled();
        Cancelled = true;
        SeatsTaken = 0;
        Touch(now);
    }

    public void EnsureOpenForBooking(DateTimeOffset now)
    {
        EnsureNotCancelled();
        if (Start <= now) throw new RuleViolationException("event-started", "The event has begun; it can no longer be booked.");
    }

    /// <summary>Takes a seat if one is left (the caller holds the event's row lock).</summary>
    public bool TryTakeSeat()
    {
        if (!HasSeatLeft) return false;
        SeatsTaken++;
        return true;
    }

    public void FreeSeat()
    {
        if (SeatsTaken > 0) SeatsTaken--;
    }

    private void Describe(string? theme, string title, DateTimeOffset start, DateTimeOffset end, string? location, string? videoLink, int? capacity)
    {
        if (end <= start) throw new RuleViolationException("ends-before-start", "An event ends after it starts.");
        if (end - start > MaxLength) throw new RuleViolationException("event-too-long", "An event lasts at most 12 hours.");
        if (theme is not null && !CalendarThemes.Codes.Contains(theme))
            throw new RuleViolationException("unknown-theme", $"{theme} is not a theme of §3.15.");
        if (capacity is < 1 or > 1000) throw new RuleViolationException("invalid-capacity", "A capacity is between 1 and 1000.");
        (Theme, Title, Start, End, Location, VideoLink, Capacity) =
            (theme, title.Trim(), start.ToUniversalTime(), end.ToUniversalTime(), location?.Trim(), videoLink?.Trim(), capacity);
    }

    private void EnsureNotCancelled()
    {
        if (Cancelled) throw new RuleViolationException("event-cancelled", "The organiser cancelled this event.");
    }

    private void Touch(DateTimeOffset now)
    {
        Sequence++;
        UpdatedAt = Instants.Microseconds(now);
    }
}
