namespace Intensif.Partners.Tests;

/// <summary>Fresh SIRETs with a valid check digit, so tests never collide on the unique index.</summary>
public static class Sirets
{
    public static string Next()
    {
        var digits = string.Concat(Enumerable.Range(0, 13).Select(_ => Random.Shared.Next(10)));
        for (var check = 0; check < 10; check++)
            if (Api.Domain.Luhn.IsValid(digits + check)) return digits + check;
        throw new InvalidOperationException("unreachable: one check digit always fits");
    }
}
