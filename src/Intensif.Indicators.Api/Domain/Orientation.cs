using Intensif.Indicators.Api.Infrastructure;

namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// An orientation (or réorientation) decision as O3 counts it: the parcours, the organisme référent it orients to,
/// the decision and notification dates and, for RSA, the date of the RSA request that starts the six-week clock
/// (BR-10). A correction of the same decision replaces it (newest recording wins, in any order). Pseudonymous.
/// </summary>
public sealed class Orientation : IFeedsIndicators
{
    /// <summary>BR-10: an RSA applicant is oriented within six weeks of the request.</summary>
    public const int RsaDeadlineDays = 6 * 7;

    public Guid OrientationId { get; private set; }
    public string OrganismeId { get; private set; } = "";
    public string Territory { get; private set; } = "";
    public Guid BeneficiaryId { get; private set; }
    public string Parcours { get; private set; } = "";
    public DateOnly DecisionDate { get; private set; }
    public DateOnly NotificationDate { get; private set; }
    public bool IsReorientation { get; private set; }
    public DateOnly? RsaRequestDate { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    private Orientation() { }

    public static Orientation Known(Guid orientationId) => new() { OrientationId = orientationId, RecordedAt = DateTimeOffset.MinValue };

    public void ApplyDecided(string organismeId, string territory, Guid beneficiaryId, string parcours, DateOnly decisionDate, DateOnly notificationDate,
        bool isReorientation, DateOnly? rsaRequestDate, DateTimeOffset occurredAt)
    {
        if (occurredAt <= RecordedAt) return;   // an older recording arriving late changes nothing
        (OrganismeId, Territory, BeneficiaryId, Parcours) = (organismeId, territory, beneficiaryId, parcours);
        (DecisionDate, NotificationDate, IsReorientation, RsaRequestDate, RecordedAt) = (decisionDate, notificationDate, isReorientation, rsaRequestDate, occurredAt);
    }

    /// <summary>O3's population: a first orientation of an RSA applicant (a réorientation restarts no RSA clock).</summary>
    public bool IsRsaOrientation => RsaRequestDate is not null && !IsReorientation;

    /// <summary>Days from the RSA request to the decision; null without a request date.</summary>
    public int? RsaDelayDays => RsaRequestDate is { } r ? DecisionDate.DayNumber - r.DayNumber : null;

    /// <summary>Figures it feeds: the period of its decision (O3).</summary>
    public IEnumerable<FiguresTouched> FiguresFed() => DecisionDate == default ? [] : [FiguresTouched.Day(OrganismeId, Territory, DecisionDate)];
}
