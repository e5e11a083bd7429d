using Intensif.Hosting.ApplicationModel;
using Intensif.Hosting.Processes;
using Intensif.Hosting.Servers;

namespace Intensif.Hosting.Orchestration.Runners;

/// <summary>
/// One replica of a project (<c>dotnet &lt;built dll&gt;</c>) or an executable, with Aspire's environment;
/// healthy when its http health check answers 2xx, or once running when it has none.
/// </summary>
internal sealed class ProcessRunner(ResourceInstance instance, ApplicationPlan plan, ResourceLoggerService logs, HttpClient http)
    : InstanceRunner(instance)
{
    private readonly string? _healthPath = instance.Resource.Annotations.OfType<HttpHealthCheckAnnotation>().LastOrDefault()?.Path;

    public override TimeSpan StartTimeout => plan.Settings.ProjectStartTimeout;
    public override bool AcceptsCommands => true;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (Instance.Port is { } port && !Ports.IsFree(port))
            throw new HostingException($"{Instance.Name}: port {port} on 127.0.0.1 is already in use. Stop whatever holds it (`ss -ltnp 'sport = :{port}'`) or choose another port ({Instance.Resource.Name}:Port).");

        if (LaunchEnvironment.Count == 0) LaunchEnvironment = ProcessEnvironment.For(plan, Instance);
        var spec = Command() with
        {
            Environment = LaunchEnvironment,
            RemoveEnvironment = ProcessEnvironment.NotInherited,
        };
        try
        {
            Process = ChildProcess.Start(Detached.Wrap(spec), line => logs.Add(Instance.Name, line));
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new HostingException($"{Instance.Name}: cannot run '{spec.FileName}': {e.Message}.");
        }
        return Task.CompletedTask;
    }

    public override async Task<HealthResult> CheckHealthAsync(CancellationToken cancellationToken)
    {
        if (Process is null || Process.HasExited) return new HealthResult(false, "not running");
        if (_healthPath is null || Instance.Url is null) return HealthResult.Healthy;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            using var response = await http.GetAsync(Instance.Url + _healthPath, timeout.Token);
            var reports = HealthReportParser.Parse(await response.Content.ReadAsStringAsync(timeout.Token));
            return response.IsSuccessStatusCode
                ? HealthResult.Healthy with { Reports = reports }
                : new HealthResult(false, $"GET {_healthPath} answered {(int)response.StatusCode}") { Reports = reports };
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new HealthResult(false, $"GET {_healthPath}: {e.Message}");
        }
    }

    private ChildProcessSpec Command()
    {
        switch (Instance.Resource)
        {
            case ProjectResource project:
                var dll = project.Metadata.AssemblyPath;
                if (!File.Exists(dll))
                    throw new HostingException($"{Instance.Name}: {dll} does not exist. Build the platform first: `dotnet build Intensif.AppHost` (or start it with `dotnet run --project Intensif.AppHost`).");
                return new ChildProcessSpec(DotnetHost(), [dll]) { WorkingDirectory = Path.GetDirectoryName(project.Metadata.ProjectPath) };
            case ExecutableResource executable:
                return new ChildProcessSpec(executable.Command, executable.Args) { WorkingDirectory = executable.WorkingDirectory };
            default:
                throw new InvalidOperationException($"{Instance.Resource} is not a process.");
        }
    }

    /// <summary>The dotnet host running the AppHost, so projects use the same runtime (even when dotnet is not on PATH).</summary>
    private static string DotnetHost()
    {
        var current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet") return current;
        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
    }
}
