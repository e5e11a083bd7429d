namespace Intensif.Catalogue.Api.Domain;

/// <summary>R.5411-15 (BR-07): an action is done with a professional (accompanied) or alone (autonomous); both count.</summary>
public enum Supervision
{
    ACCOMPAGNEE,
    AUTONOME,
}
