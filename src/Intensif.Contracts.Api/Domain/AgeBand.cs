namespace Intensif.Contracts.Api.Domain;

/// <summary>
/// The age bands of the indicators' standard breakdown (domain reference §5): "&lt;26", "26-44", "45-54", "55+".
/// Other services get the band, never the birth date.
/// </summary>
public static class AgeBand
{
    public const string Under26 = "<26";
    public const string From26To44 = "26-44";
    public const string From45To54 = "45-54";
    public const string From55 = "55+";

    /// <summary>The band of a person born on <paramref name="birthDate"/> on the day <paramref name="on"/>; null when the birth date is unknown.</summary>
    public static string? At(DateOnly? birthDate, DateOnly on)
    {
        if (birthDate is not { } born || born == default || born > on) return null;
        var age = on.Year - born.Year;
        if (born.AddYears(age) > on) age--;   // the birthday of this year is still to come
        return age switch
        {
            < 26 => Under26,
            < 45 => From26To44,
            < 55 => From45To54,
            _ => From55,
        };
    }
}
