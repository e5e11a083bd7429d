namespace Intensif.Contracts.Api.Domain;

/// <summary>BR-07: an action is done with someone (accompagnée) or alone (autonome); both count.</summary>
public enum Supervision
{
    ACCOMPAGNEE,
    AUTONOME,
}
