namespace Intensif.Catalogue.Api.Domain;

/// <summary>R.5411-15 (BR-07): individual or collective action.</summary>
public enum DeliveryMode
{
    INDIVIDUEL,
    COLLECTIF,
}
