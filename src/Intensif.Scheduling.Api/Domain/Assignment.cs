using Intensif.ServiceDefaults.Problems;

namespace Intensif.Scheduling.Api.Domain;

/// <summary>
/// One activity in a person's weekly programme (domain reference §3.10): a seat in a partner's session or an autonomous
/// activity of the fichier métier, planned in hours by the catalogue's valuation, then done or missed.
/// </summary>
public sealed class Assignment
{
    public Guid Id { get; private set; }
    public string OrganismeId { get; private set; } = "";
    /// <summary>The référent who put it in the programme.</summary>
    public string ReferentId { get; private set; } = "";
    public Guid BeneficiaryId { get; private set; }
    public Guid EpisodeId { get; private set; }
    public string Territory { get; private set; } = "";
    /// <summary>The ISO week (Europe/Paris) of <see cref="PlannedStart"/>, e.g. 2026-W48.</summary>
    public string Week { get; private set; } = "";
    public AssignmentKind Kind { get; private set; }
    public Guid? SessionId { get; private set; }
    /// <summary>The partner structure running the session; only it records the attendance sheet.</summary>
    public Guid? StructureId { get; private set; }
    public string EntryCode { get; private set; } = "";
    public DateTimeOffset PlannedStart { get; private set; }
    public DateTimeOffset PlannedEnd { get; private set; }
    public decimal PlannedHours { get; private set; }
    /// <summary>ACCOMPAGNEE or AUTONOME, copied from the catalogue entry when planned (kept for history).</summary>
    public string? Supervision { get; private set; }
    public AssignmentStatus Status { get; private set; }
    public decimal? RealisedHours { get; private set; }
    public decimal? ActualHours { get; private set; }
    public string? ProofReference { get; private set; }
    public AttendanceSource? DeclaredBy { get; private set; }
    public string? RecordedBy { get; private set; }
    public DateTimeOffset? RecordedAt { get; private set; }
    /// <summary>The Partners referral whose seat this session assignment holds (ReferralAccepted).</summary>
    public Guid? ReferralId { get; private set; }
    /// <summary>Why it is not booked although a seat is held (a conflict in the programme when the referral was accepted).</summary>
    public string? Note { get; private set; }
    /// <summary>Raised on every change (the iCalendar SEQUENCE).</summary>
    public int Sequence { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public bool IsAccompanied => Supervision == "ACCOMPAGNEE";

    /// <summary>Still taking its slot in the programme: not cancelled by the provider and not missed.</summary>
    public bool HoldsItsSlot => Status is AssignmentStatus.PROPOSED or AssignmentStatus.BOOKED or AssignmentStatus.CONFIRMED or AssignmentStatus.DONE;

    private Assignment() { }

    public static Assignment Plan(ProgrammeSlot slot, PlannedActivity activity, bool booked, DateTimeOffset now)
    {
        if (slot.End <= slot.Start)
            throw new RuleViolationException("ends-before-start", "An activity ends after it starts.");
        return new Assignment
        {
            Id = Guid.CreateVersion7(now),
            OrganismeId = slot.OrganismeId,
            ReferentId = slot.ReferentId,
            BeneficiaryId = slot.BeneficiaryId,
            EpisodeId = slot.EpisodeId,
            Territory = slot.Territory,
            Week = IsoWeek.Of(slot.Start).ToString(),
            Kind = activity.SessionId is null ? AssignmentKind.AUTONOMOUS : AssignmentKind.SESSION,
            SessionId = activity.SessionId,
            StructureId = activity.StructureId,
            EntryCode = activity.EntryCode,
            PlannedStart = slot.Start.ToUniversalTime(),
            PlannedEnd = slot.End.ToUniversalTime(),
            PlannedHours = activity.PlannedHours,
            Supervision = activity.Supervision,
            Status = booked ? AssignmentStatus.BOOKED : AssignmentStatus.PROPOSED,
            CreatedAt = Instants.Microseconds(now),
            UpdatedAt = Instants.Microseconds(now),
        };
    }

    /// <summary>The session's seat is the one held through this accepted Partners referral.</summary>
    public void HoldSeat(Guid referralId) => ReferralId = referralId;

    /// <summary>Kept PROPOSED although its seat is held: the reason, for the référent to resolve (e.g. the conflict).</summary>
    public void NoteWhyNotBooked(string note, DateTimeOffset now)
    {
        Note = note;
        Touch(now);
    }

    /// <summary>
    /// The seat is given up on the organisme's side (referral withdrawn, shared calendar booking cancelled), unless the
    /// attendance is already recorded; false when nothing changed.
    /// </summary>
    public bool Withdraw(DateTimeOffset now)
    {
        if (Status is not (AssignmentStatus.PROPOSED or AssignmentStatus.BOOKED or AssignmentStatus.CONFIRMED)) return false;
        Status = AssignmentStatus.CANCELLED;
        Touch(now);
        return true;
    }

    /// <summary>A proposal the person agreed to becomes a booking.</summary>
    public void Book(DateTimeOffset now)
    {
        if (Status != AssignmentStatus.PROPOSED)
            throw new RuleViolationException("assignment-not-proposed", $"Only a proposed activity is booked; this one is {Status}.");
        Status = AssignmentStatus.BOOKED;
        Note = null;
        Touch(now);
    }

    /// <summary>The person (or the partner) confirmed they will come.</summary>
    public void Confirm(DateTimeOffset now)
    {
        if (Status != AssignmentStatus.BOOKED)
            throw new RuleViolationException("assignment-not-booked", $"Only a booked activity is confirmed; this one is {Status}.");
        Status = AssignmentStatus.CONFIRMED;
        Touch(now);
    }

    /// <summary>
    /// Done (with its valued hours) or absent, once the activity has begun; recorded once. <paramref name="realisedHours"/>
    /// is the catalogue's valuation of what was done (0 for an absence).
    /// </summary>
    public void RecordAttendance(AttendanceOutcome outcome, decimal realisedHours, decimal? actualHours, string? proofReference,
        AttendanceSource declaredBy, string recordedBy, DateTimeOffset now, string? supervision = null)
    {
        EnsureAttendanceCanBeRecorded(now);
        // booked from a referral without a token to ask the catalogue: the valuation of what was done gives the supervision
        Supervision ??= supervision;
        Status = outcome switch
        {
            AttendanceOutcome.DONE => AssignmentStatus.DONE,
            AttendanceOutcome.ABSENT_JUSTIFIED => AssignmentStatus.ABSENT_JUSTIFIED,
            _ => AssignmentStatus.ABSENT_UNJUSTIFIED,
        };
        RealisedHours = outcome == AttendanceOutcome.DONE ? realisedHours : 0;
        ActualHours = actualHours;
        ProofReference = proofReference;
        DeclaredBy = declaredBy;
        RecordedBy = recordedBy;
        RecordedAt = Instants.Microseconds(now);
        Touch(now);
    }

    /// <summary>The checks of <see cref="RecordAttendance"/>, callable before asking the catalogue for a valuation.</summary>
    public void EnsureAttendanceCanBeRecorded(DateTimeOffset now)
    {
        if (PlannedStart > now)
            throw new RuleViolationException("attendance-before-start", "Attendance is recorded once the activity has begun.");
        switch (Status)
        {
            case AssignmentStatus.PROPOSED:
                throw new RuleViolationException("assignment-not-booked", "A proposal nobody booked has no attendance.");
            case AssignmentStatus.CANCELLED_BY_PROVIDER:
                throw new RuleViolationException("assignment-cancelled", "The provider cancelled this activity.");
            case AssignmentStatus.CANCELLED:
                throw new RuleViolationException("assignment-cancelled", "This activity was cancelled.");
            case AssignmentStatus.DONE or AssignmentStatus.ABSENT_JUSTIFIED or AssignmentStatus.ABSENT_UNJUSTIFIED:
                throw new RuleViolationException("attendance-already-recorded", $"The attendance is already recorded ({Status}).");
        }
    }

    /// <summary>The partner cancelled the session: a justified gap, unless the attendance was already recorded.</summary>
    public bool CancelByProvider(DateTimeOffset now)
    {
        if (Status is not (AssignmentStatus.PROPOSED or AssignmentStatus.BOOKED or AssignmentStatus.CONFIRMED)) return false;
        Status = AssignmentStatus.CANCELLED_BY_PROVIDER;
        Touch(now);
        return true;
    }

    /// <summary>The partner moved the session: the assignment follows it until its attendance is recorded.</summary>
    public bool FollowSession(DateTimeOffset start, DateTimeOffset end, DateTimeOffset now)
    {
        if (Status is not (AssignmentStatus.PROPOSED or AssignmentStatus.BOOKED or AssignmentStatus.CONFIRMED)) return false;
        if (PlannedStart == start && PlannedEnd == end) return false;
        PlannedStart = start.ToUniversalTime();
        PlannedEnd = end.ToUniversalTime();
        Week = IsoWeek.Of(start).ToString();
        Touch(now);
        return true;
    }

    public bool Overlaps(DateTimeOffset start, DateTimeOffset end) => PlannedStart < end && start < PlannedEnd;

    private void Touch(DateTimeOffset now)
    {
        Sequence++;
        UpdatedAt = Instants.Microseconds(now);
    }
}
