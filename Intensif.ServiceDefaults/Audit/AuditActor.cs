using Intensif.ServiceDefaults.Identity;

namespace Intensif.ServiceDefaults.Audit;

/// <summary>Who made an audited write: a caller of the API, the platform itself, or a person through their link.</summary>
public sealed record AuditActor(string Id, string Organisation, string Role)
{
    public const string SystemRole = "system";

    public static AuditActor Of(CurrentUser user) => new(user.Subject, user.Organisation, user.Role);

    /// <summary>A write the service made by itself (a sweep, a consumed event): no caller.</summary>
    public static AuditActor System(string name, string organisation) => new(name, organisation, SystemRole);
}
