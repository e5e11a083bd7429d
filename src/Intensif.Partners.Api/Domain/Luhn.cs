namespace Intensif.Partners.Api.Domain;

/// <summary>The check digit of SIREN and SIRET numbers.</summary>
public static class Luhn
{
    public static bool IsValid(string digits)
    {
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit)) return false;
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            sum += d;
        }
        return sum % 10 == 0;
    }
}
