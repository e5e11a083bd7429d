using System.Text;
using Intensif.Hosting.Identity;
using Intensif.Hosting.Processes;

namespace Intensif.EndToEnd.Tests;

/// <summary>
/// The whole platform as a user runs it: the built AppHost as a process, with its own state folder and free ports,
/// stopped with SIGTERM like Ctrl+C.
/// </summary>
public sealed class PlatformProcess : IAsyncDisposable
{
    private readonly ChildProcess _process;
    private readonly StringBuilder _output = new();

    private PlatformProcess(PlatformPorts ports, string stateDirectory)
    {
        Ports = ports;
        StateDirectory = stateDirectory;
        var appHost = Path.Combine(RepositoryRoot(), "Intensif.AppHost", "bin", Configuration(), "net10.0", "Intensif.AppHost.dll");
        _process = ChildProcess.Start(new ChildProcessSpec("dotnet",
        [
            appHost,
            "--Hosting:StateDirectory=" + stateDirectory,
            "--Postgres:Port=" + ports.Postgres,
            "--RabbitMQ:Port=" + ports.RabbitMq,
            "--Gateway:Port=" + ports.Gateway,
            "--Dashboard:Port=" + ports.Dashboard,
            // the test run keeps the machine busy: give servers and services more than the interactive 60 s
            "--Hosting:ServerStartTimeoutSeconds=180",
            "--Hosting:ProjectStartTimeoutSeconds=180",
        ]) { WorkingDirectory = RepositoryRoot() }, line => { lock (_output) _output.AppendLine(line.Text); });
    }

    public PlatformPorts Ports { get; }
    public string StateDirectory { get; }
    public Uri Gateway => new($"http://127.0.0.1:{Ports.Gateway}");
    public DevTokenIssuer Tokens => new(DevTokenIssuer.DefaultIssuer, DevTokenIssuer.DefaultAudience, DevSigningKey.LoadOrCreate(StateDirectory));
    public Task<int> Exited => _process.Exited;

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    /// <summary>Starts the AppHost and waits until the gateway answers /health (so every service is healthy behind it).</summary>
    public static async Task<PlatformProcess> StartAsync(PlatformPorts ports, string stateDirectory)
    {
        var platform = new PlatformProcess(ports, stateDirectory);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddMinutes(6);
        while (DateTime.UtcNow < deadline)
        {
            if (platform._process.HasExited)
                throw new InvalidOperationException($"The AppHost exited with {await platform.Exited} during start-up:\n{platform.Output}");
            try
            {
                if ((await http.GetAsync(new Uri(platform.Gateway, "/health"))).IsSuccessStatusCode) return platform;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }
            await Task.Delay(500);
        }
        await platform.DisposeAsync();
        throw new TimeoutException($"The platform was not healthy within 6 minutes:\n{platform.Output}");
    }

    /// <summary>SIGTERM, as Ctrl+C would; returns the AppHost's exit code.</summary>
    public async Task<int> StopAsync()
    {
        await _process.StopAsync(PosixSignalNumber.Term, TimeSpan.FromSeconds(60));
        return await Exited;
    }

    public async ValueTask DisposeAsync() => await _process.DisposeAsync();

    private static string Configuration() =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Intensif.sln"))) return dir.FullName;
        throw new InvalidOperationException("Intensif.sln not found above the test assembly.");
    }
}
