using System.Security.Cryptography;

namespace Intensif.Hosting.Servers;

/// <summary>Generated credentials kept in the state folder, readable by root only.</summary>
public static class Secrets
{
    public static string Generate(int bytes = 24) =>
        Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(bytes));

    /// <summary>Reads the secret stored at <paramref name="path"/>, creating it on first use.</summary>
    public static string LoadOrCreate(string path, int bytes = 24)
    {
        if (File.Exists(path)) return File.ReadAllText(path).Trim();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var secret = Generate(bytes);
        File.WriteAllText(path, secret);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return secret;
    }
}
