using Intensif.ServiceDefaults.Problems;

namespace Intensif.Scheduling.Api.Domain;

/// <summary>An entretien between the référent unique and the person (at least two a month in intensive accompaniment).</summary>
public sealed class Interview
{
    public Guid Id { get; private set; }
    public string OrganismeId { get; private set; } = "";
    public string ReferentId { get; private set; } = "";
    public Guid BeneficiaryId { get; private set; }
    public DateTimeOffset ScheduledAt { get; private set; }
    public int DurationMinutes { get; private set; }
    public InterviewType Type { get; private set; }
    public InterviewChannel Channel { get; private set; }
    public InterviewStatus Status { get; private set; }
    /// <summary>Raised on every change; the iCalendar SEQUENCE, so calendar applications replace their copy.</summary>
    public int Sequence { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    private Interview() { }

    public static Interview Schedule(string organismeId, string referentId, Guid beneficiaryId, DateTimeOffset scheduledAt,
        int durationMinutes, InterviewType type, InterviewChannel channel, DateTimeOffset now)
    {
        if (scheduledAt < now.AddDays(-31))
            throw new RuleViolationException("interview-too-old", "An interview is scheduled at most a month after the fact.");
        return new Interview
        {
            Id = Guid.CreateVersion7(now),
            OrganismeId = organismeId,
            ReferentId = referentId,
            BeneficiaryId = beneficiaryId,
            ScheduledAt = scheduledAt.ToUniversalTime(),
            DurationMinutes = durationMinutes,
            Type = type,
            Channel = channel,
            Status = InterviewStatus.SCHEDULED,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>Held or no-show, once the entretien has begun; cancelled ones and recorded ones are final.</summary>
    public void RecordOutcome(InterviewOutcome outcome, DateTimeOffset now)
    {
        if (ScheduledAt > now)
            throw new RuleViolationException("interview-not-yet-started", "The outcome of an interview is recorded once it has begun.");
        EnsureScheduled();
        Status = outcome switch
        {
            InterviewOutcome.HELD => InterviewStatus.HELD,
            InterviewOutcome.NO_SHOW_JUSTIFIED => InterviewStatus.NO_SHOW_JUSTIFIED,
            _ => InterviewStatus.NO_SHOW_UNJUSTIFIED,
        };
        Touch(now);
    }

    /// <summary>A new time for the same entretien: it keeps its id (and its calendar UID).</summary>
    public void Reschedule(DateTimeOffset scheduledAt, int durationMinutes, InterviewChannel channel, DateTimeOffset now)
    {
        EnsureScheduled();
        if (scheduledAt < now)
            throw new RuleViolationException("interview-in-the-past", "An interview is rescheduled to a future time.");
        ScheduledAt = scheduledAt.ToUniversalTime();
        DurationMinutes = durationMinutes;
        Channel = channel;
        Touch(now);
    }

    public void Cancel(DateTimeOffset now)
    {
        EnsureScheduled();
        Status = InterviewStatus.CANCELLED;
        Touch(now);
    }

    private void EnsureScheduled()
    {
        if (Status != InterviewStatus.SCHEDULED)
            throw new RuleViolationException("interview-closed", $"The interview is already {Status}; it can no longer change.");
    }

    private void Touch(DateTimeOffset now)
    {
        Sequence++;
        UpdatedAt = now;
    }
}
