namespace Intensif.Dashboard.Resources;

/// <summary>One variable as the details pane shows it: masked when it holds a secret (revealed on request).</summary>
internal sealed record EnvironmentEntry(string Name, string Value, bool Masked)
{
    public static EnvironmentEntry Of(string name, string value)
    {
        var (shown, masked) = SecretMasking.Apply(name, value);
        return new EnvironmentEntry(name, shown, masked);
    }
}
