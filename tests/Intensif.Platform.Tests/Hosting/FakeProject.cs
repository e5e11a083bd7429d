using Intensif.Hosting.ApplicationModel;

namespace Intensif.Platform.Tests.Hosting;

/// <summary>Project metadata for app-model tests that never start the project.</summary>
internal sealed record FakeProject(string ProjectPath = "/nowhere/Fake.csproj", string AssemblyPath = "/nowhere/Fake.dll") : IProjectMetadata;
