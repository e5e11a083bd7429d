namespace Intensif.Testing;

/// <summary>
/// The data·inclusion v1 schemas of the shared folder, which CI clones beside the repository (../shared). Missing
/// schemas fail the test with the path that was looked for: the export check must never be skipped.
/// </summary>
public static class SharedSchemas
{
    public static string DataInclusionV1(string file)
    {
        var repository = RepositoryRoot();
        var path = Path.GetFullPath(Path.Combine(repository, "..", "shared", "schemas", "data-inclusion", "v1", file));
        if (!File.Exists(path))
            throw new FileNotFoundException(
                $"The data·inclusion v1 schema {file} was not found at {path}. The shared folder must be cloned beside the repository "
                + $"({repository}/../shared), as CI does.", path);
        return path;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "Intensif.sln"))) return folder.FullName;
        throw new DirectoryNotFoundException($"No folder holding Intensif.sln above {AppContext.BaseDirectory}.");
    }
}
