namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// The version of a definition that depends on a deployment setting (a PROP window): the written version for the
/// default value, <c>version × 1000 + value</c> for any other (I4 at nine months is version 1009). Kept figures are
/// keyed by code and version, so figures of another setting are never served.
/// </summary>
public static class SettingVersion
{
    public static int Of(int version, int value, int defaultValue) => value == defaultValue ? version : version * 1000 + value;
}
