using System.Text.RegularExpressions;

namespace Intensif.Dashboard.Resources;

/// <summary>
/// Hides secrets in the environment until the operator reveals them: the whole value when the variable's name says
/// it is one (PASSWORD, KEY, SECRET, TOKEN), otherwise only the secret part of a connection string
/// (<c>Password=…</c>), of an AMQP URI (<c>amqp://user:…@host</c>) or of an OTLP header (<c>x-otlp-api-key=…</c>).
/// </summary>
internal static partial class SecretMasking
{
    public const string Mask = "••••••••";
    private static readonly string[] SecretNames = ["PASSWORD", "KEY", "SECRET", "TOKEN"];

    public static bool IsSecretName(string name) =>
        SecretNames.Any(s => name.Contains(s, StringComparison.OrdinalIgnoreCase));

    /// <summary>The value as shown before revealing, and whether anything was hidden.</summary>
    public static (string Shown, bool Masked) Apply(string name, string value)
    {
        if (IsSecretName(name)) return (Mask, value.Length > 0);
        var shown = SecretPart().Replace(value, m => m.Groups["key"].Value + Mask);
        shown = UriPassword().Replace(shown, m => m.Groups["user"].Value + Mask + "@");
        return (shown, shown != value);
    }

    [GeneratedRegex(@"(?<key>\b(?:password|pwd|[\w-]*api-key)\s*=\s*)[^;,]*", RegexOptions.IgnoreCase)]
    private static partial Regex SecretPart();

    [GeneratedRegex(@"(?<user>\b[a-z][a-z0-9+.-]*://[^:/@\s]+:)[^@/\s]*@", RegexOptions.IgnoreCase)]
    private static partial Regex UriPassword();
}
