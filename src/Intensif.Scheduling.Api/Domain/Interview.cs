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
    public DateTimeOffset CreatedAt { get; private set; }

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
            CreatedAt = now,
        };
    }
}
