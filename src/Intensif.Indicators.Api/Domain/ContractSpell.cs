namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// A contrat d'engagement from its signature to its closure, as read from <see cref="ActiveContract"/> and
/// <see cref="ContractClosure"/> (either may be missing while its event is still on its way).
/// </summary>
public sealed record ContractSpell(Guid ContractId, string OrganismeId, string Territory, Guid BeneficiaryId, DateOnly? SignedOn, DateOnly? ClosedOn)
{
    /// <summary>Parcours of the orientation in force at signature (null when unknown).</summary>
    public string? Parcours { get; init; }

    /// <summary>Notification date of the orientation in force at signature (O2; null when unknown).</summary>
    public DateOnly? OrientationNotifiedOn { get; init; }

    /// <summary>Public types of the person at signature (empty when unknown).</summary>
    public IReadOnlyList<string> Publics { get; init; } = [];

    /// <summary>Sex of the person at signature ("F" or "M"; null when unknown).</summary>
    public string? Sex { get; init; }

    /// <summary>Whether the person lived in a QPV at signature (null when unknown).</summary>
    public bool? Qpv { get; init; }

    /// <summary>O2: days from the orientation's notification to the signature; null when either is unknown.</summary>
    public int? DelayDays => SignedOn is { } s && OrientationNotifiedOn is { } n ? s.DayNumber - n.DayNumber : null;

    /// <summary>In force at the end of <paramref name="day"/>: signed on or before it and not closed on or before it.</summary>
    public bool InForceAt(DateOnly day) => SignedOn is { } s && s <= day && (ClosedOn is not { } c || c > day);

    /// <summary>In force on at least one day of <paramref name="period"/>.</summary>
    public bool InForceDuring(ReportingPeriod period) => SignedOn is { } s && s <= period.LastDay && (ClosedOn is not { } c || c >= period.FirstDay);
}
