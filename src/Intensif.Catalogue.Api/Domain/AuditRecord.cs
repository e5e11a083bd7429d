namespace Intensif.Catalogue.Api.Domain;

/// <summary>
/// Who changed what and when, with the state before and after (JSON). For entries, the record of each version is
/// also the version history.
/// </summary>
public sealed class AuditRecord
{
    public long Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string Actor { get; private set; } = "";
    public string ActorOrganisation { get; private set; } = "";
    /// <summary>e.g. entry.created, entry.published, local-valuation.set.</summary>
    public string Action { get; private set; } = "";
    /// <summary>The entry code the change is about.</summary>
    public string EntryCode { get; private set; } = "";
    public int? Version { get; private set; }
    public string? Before { get; private set; }
    public string? After { get; private set; }

    private AuditRecord() { }

    public static AuditRecord Of(string action, string entryCode, int? version, string actor, string actorOrganisation,
        string? before, string? after, DateTimeOffset at) => new()
    {
        Action = action, EntryCode = entryCode, Version = version, Actor = actor, ActorOrganisation = actorOrganisation,
        Before = before, After = after, At = at,
    };
}
