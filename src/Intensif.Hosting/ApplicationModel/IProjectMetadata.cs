namespace Intensif.Hosting.ApplicationModel;

/// <summary>
/// Where a platform project lives and what its build produces. The AppHost build generates one type per
/// project reference marked <c>IsPlatformProject="true"</c>, in the <c>Projects</c> namespace, as Aspire's SDK does.
/// </summary>
public interface IProjectMetadata
{
    string ProjectPath { get; }
    string AssemblyPath { get; }
}
