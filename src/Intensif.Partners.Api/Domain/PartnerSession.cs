using Intensif.ServiceDefaults.Problems;

namespace Intensif.Partners.Api.Domain;

/// <summary>
/// A dated session of a catalogue entry published by a partner, with its seats (§3.10). Seats are taken by accepted
/// referrals; every change of seats happens under the session's row lock (see docs/partners.md).
/// </summary>
public sealed class PartnerSession
{
    public Guid Id { get; private set; }
    public Guid StructureId { get; private set; }
    /// <summary>Code of the fichier métier entry, e.g. EMP-PMSMP-01.</summary>
    public string EntryCode { get; private set; } = "";
    public DateTimeOffset Start { get; private set; }
    public DateTimeOffset End { get; private set; }
    public string? Location { get; private set; }
    public string? VideoLink { get; private set; }
    public int Capacity { get; private set; }
    public int SeatsLeft { get; private set; }
    public string Territory { get; private set; } = "";
    public string Theme { get; private set; } = "";
    public SessionStatus Status { get; private set; }
    public DateTimeOffset PublishedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    /// <summary>Row version (PostgreSQL xmin): the session's ETag; it changes with every seat taken or freed.</summary>
    public uint Version { get; private set; }

    public int SeatsTaken => Capacity - SeatsLeft;

    private PartnerSession() { }

    public static PartnerSession Publish(PartnerStructure structure, SessionPlan plan, DateTimeOffset now)
    {
        var session = new PartnerSession { Id = Guid.CreateVersion7(now), StructureId = structure.Id, Status = SessionStatus.SCHEDULED, PublishedAt = now };
        session.Plan(structure, plan, seatsTaken: 0, now);
        return session;
    }

    /// <summary>Changes the session; capacity may not drop below the seats already taken. Returns the seats freed.</summary>
    public int Reschedule(PartnerStructure structure, SessionPlan plan, DateTimeOffset now)
    {
        EnsureScheduled();
        var leftBefore = SeatsLeft;
        Plan(structure, plan, SeatsTaken, now);
        return Math.Max(0, SeatsLeft - leftBefore);
    }

    public void Cancel(DateTimeOffset now)
    {
        EnsureScheduled();
        Status = SessionStatus.CANCELLED;
        UpdatedAt = now;
    }

    /// <summary>Takes one seat if one is left; false when the session is full.</summary>
    public bool TryTakeSeat()
    {
        EnsureScheduled();
        if (SeatsLeft == 0) return false;
        SeatsLeft--;
        return true;
    }

    public void ReleaseSeat()
    {
        if (SeatsLeft < Capacity) SeatsLeft++;
    }

    /// <summary>A referral can be sent to a session that is scheduled and has not started.</summary>
    public bool IsOpenAt(DateTimeOffset now) => Status == SessionStatus.SCHEDULED && Start > now;

    private void Plan(PartnerStructure structure, SessionPlan plan, int seatsTaken, DateTimeOffset now)
    {
        if (plan.End <= plan.Start)
            throw new RuleViolationException("session-ends-before-start", "A session ends after it starts.");
        if (plan.Capacity <= 0)
            throw new RuleViolationException("invalid-capacity", "A session has at least one seat.");
        if (plan.Capacity < seatsTaken)
            throw new RuleViolationException("capacity-below-seats-taken", $"{seatsTaken} seats are already taken; the capacity cannot go below that.");
        if (string.IsNullOrWhiteSpace(plan.Location) && string.IsNullOrWhiteSpace(plan.VideoLink))
            throw new RuleViolationException("session-without-place", "A session takes place somewhere or through a video link.");
        if (!structure.Territories.Contains(plan.Territory))
            throw new RuleViolationException("territory-not-served", $"The structure does not serve territory {plan.Territory}.");
        if (!Themes.IsKnown(plan.Theme))
            throw new RuleViolationException("unknown-theme", $"'{plan.Theme}' is not a theme of the shared calendar.");
        if (plan.Start <= now)
            throw new RuleViolationException("session-in-past", "A session is published or changed before it starts.");
        EntryCode = plan.EntryCode;
        Start = plan.Start;
        End = plan.End;
        Location = string.IsNullOrWhiteSpace(plan.Location) ? null : plan.Location.Trim();
        VideoLink = string.IsNullOrWhiteSpace(plan.VideoLink) ? null : plan.VideoLink.Trim();
        Capacity = plan.Capacity;
        SeatsLeft = plan.Capacity - seatsTaken;
        Territory = plan.Territory;
        Theme = plan.Theme;
        UpdatedAt = now;
    }

    private void EnsureScheduled()
    {
        if (Status != SessionStatus.SCHEDULED)
            throw new RuleViolationException("session-cancelled", "The session is cancelled.");
    }
}
