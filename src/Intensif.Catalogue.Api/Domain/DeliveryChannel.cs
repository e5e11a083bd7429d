namespace Intensif.Catalogue.Api.Domain;

/// <summary>Where the activity takes place: on site, remote or both.</summary>
public enum DeliveryChannel
{
    PRESENTIEL,
    DISTANCIEL,
    HYBRIDE,
}
