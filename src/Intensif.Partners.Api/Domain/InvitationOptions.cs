namespace Intensif.Partners.Api.Domain;

/// <summary>Configuration <c>Partners:Invitations</c>: how long an invitation to join a structure stays valid (LOCAL).</summary>
public sealed class InvitationOptions
{
    public const string Section = "Partners:Invitations";

    public int ValidityDays { get; set; } = 7;

    public TimeSpan Validity => TimeSpan.FromDays(ValidityDays);
}
