using Microsoft.Extensions.Configuration;

namespace Intensif.Hosting.Orchestration;

/// <summary>
/// Where servers keep their data and generated secrets: <c>Hosting:StateDirectory</c>, else <c>.intensif</c> at the
/// repository root (the nearest ancestor of the AppHost's binaries holding Intensif.sln), else the current directory.
/// </summary>
public static class StateDirectoryResolver
{
    public const string FolderName = ".intensif";

    public static string Resolve(IConfiguration configuration)
    {
        var configured = configuration["Hosting:StateDirectory"];
        if (!string.IsNullOrWhiteSpace(configured)) return Path.GetFullPath(configured);
        return Path.Combine(FindRepositoryRoot() ?? Environment.CurrentDirectory, FolderName);
    }

    public static string? FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Intensif.sln"))) return dir.FullName;
        }
        return null;
    }
}
