namespace Intensif.Scheduling.Api.Domain;

/// <summary>What a secret iCalendar feed shows.</summary>
public enum FeedKind
{
    /// <summary>The entretiens of the référent who created it.</summary>
    REFERENT,
    /// <summary>One person's weekly programme (their assignments).</summary>
    PROGRAMME,
    /// <summary>The partner sessions of a territory, optionally of one theme (the shared calendar).</summary>
    SESSIONS,
}
