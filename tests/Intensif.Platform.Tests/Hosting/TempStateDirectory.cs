namespace Intensif.Platform.Tests.Hosting;

/// <summary>A throw-away Hosting:StateDirectory (the JWT key and the pid file land there).</summary>
internal sealed class TempStateDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("intensif-hosting-").FullName;

    public string[] Args(params string[] more) => [$"--Hosting:StateDirectory={Path}", "--Dashboard:Enabled=false", .. more];

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
