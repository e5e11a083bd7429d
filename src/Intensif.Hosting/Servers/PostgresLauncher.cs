using Intensif.Hosting.Processes;
using Npgsql;

namespace Intensif.Hosting.Servers;

public sealed record PostgresServerOptions
{
    /// <summary>Folder holding the cluster (data/), its socket and its generated password.</summary>
    public required string Directory { get; init; }
    public required int Port { get; init; }
    /// <summary>False for throw-away test clusters: fsync and synchronous commit off.</summary>
    public bool Durable { get; init; } = true;
    public int MaxConnections { get; init; } = 300;
}

/// <summary>
/// Runs a private PostgreSQL cluster from the machine's binaries as a foreground child process, on loopback only,
/// with a generated password (scram-sha-256). PostgreSQL refuses root, so it runs as the 'postgres' OS user
/// through setpriv, which execs (no intermediate process), so signals reach the postmaster directly.
/// </summary>
public sealed class PostgresLauncher(PostgresServerOptions options)
{
    public const string UserName = "postgres";
    private const string OsUser = "postgres";

    public PostgresServerOptions Options { get; } = options;
    public string Password { get; private set; } = "";
    public string DataDirectory => Path.Combine(Options.Directory, "data");

    public string ConnectionString(string database = "postgres") => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Options.Port,
        Username = UserName,
        Password = Password,
        Database = database,
    }.ConnectionString;

    /// <summary>Checks the machine, creates the cluster on first use, and returns the command that runs the server.</summary>
    public async Task<ChildProcessSpec> PrepareAsync(CancellationToken cancellationToken = default)
    {
        var bin = FindBinaries();
        if (!Ports.IsFree(Options.Port))
            throw new HostingException($"PostgreSQL: port {Options.Port} on 127.0.0.1 is already in use. Stop whatever holds it (`ss -ltnp 'sport = :{Options.Port}'`) or choose another port (Postgres:Port).");

        System.IO.Directory.CreateDirectory(Options.Directory);
        Password = Secrets.LoadOrCreate(Path.Combine(Options.Directory, "password"));
        await ChownToPostgresAsync(Options.Directory, cancellationToken);
        await EnsureReachableAsync(cancellationToken);

        if (!File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
            await InitDbAsync(bin, cancellationToken);

        var args = new List<string>
        {
            "--reuid=" + OsUser, "--regid=" + OsUser, "--init-groups", "--",
            Path.Combine(bin, "postgres"), "-D", DataDirectory, "-p", Options.Port.ToString(),
            "-c", "listen_addresses=127.0.0.1",
            "-c", "unix_socket_directories=" + Options.Directory,
            "-c", "max_connections=" + Options.MaxConnections,
            "-c", "log_line_prefix=%m [%p] ",
        };
        if (!Options.Durable)
            args.AddRange(["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]);
        return new ChildProcessSpec("setpriv", args) { WorkingDirectory = Options.Directory };
    }

    public async Task<bool> IsHealthyAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = new NpgsqlConnection(ConnectionString() + ";Pooling=false;Timeout=3");
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("select 1", connection);
            await command.ExecuteScalarAsync(cancellationToken);
            return true;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            return false;
        }
    }

    public async Task EnsureDatabaseAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(ConnectionString() + ";Pooling=false");
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = @name", connection);
        exists.Parameters.AddWithValue("name", name);
        if (await exists.ExecuteScalarAsync(cancellationToken) is not null) return;
        await using var create = new NpgsqlCommand($"create database \"{name.Replace("\"", "\"\"")}\"", connection);
        await create.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string FindBinaries()
    {
        const string root = "/usr/lib/postgresql";
        var bin = System.IO.Directory.Exists(root)
            ? System.IO.Directory.GetDirectories(root)
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "postgres")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
        return bin ?? throw new HostingException("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/postgres): run `apt-get install -y postgresql`, or point ConnectionStrings at an external server.");
    }

    private async Task InitDbAsync(string bin, CancellationToken cancellationToken)
    {
        var passwordFile = Path.Combine(Options.Directory, ".initdb-password");
        await File.WriteAllTextAsync(passwordFile, Password, cancellationToken);
        try
        {
            await ChownToPostgresAsync(passwordFile, cancellationToken);
            await RunAsync("setpriv",
            [
                "--reuid=" + OsUser, "--regid=" + OsUser, "--init-groups", "--",
                Path.Combine(bin, "initdb"), "-D", DataDirectory, "-U", UserName,
                "--auth-host=scram-sha-256", "--auth-local=peer", "--pwfile=" + passwordFile,
                "-E", "UTF8", "--locale=C.UTF-8", "--no-sync",
            ], "initdb", cancellationToken);
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    private async Task EnsureReachableAsync(CancellationToken cancellationToken)
    {
        var code = await RunAsync("setpriv", ["--reuid=" + OsUser, "--regid=" + OsUser, "--init-groups", "--", "test", "-w", Options.Directory], null, cancellationToken);
        if (code != 0)
            throw new HostingException($"PostgreSQL: the '{OsUser}' OS user cannot reach {Options.Directory} (a parent folder is not traversable, e.g. /root is mode 700). Choose a state folder it can reach: Hosting:StateDirectory=/var/lib/intensif.");
    }

    private static Task ChownToPostgresAsync(string path, CancellationToken cancellationToken) =>
        RunAsync("chown", [$"{OsUser}:{OsUser}", path], "chown", cancellationToken);

    private static async Task<int> RunAsync(string file, IReadOnlyList<string> args, string? failureName, CancellationToken cancellationToken)
    {
        var output = new List<string>();
        await using var process = ChildProcess.Start(new ChildProcessSpec(file, args), line => { lock (output) output.Add(line.Text); });
        var code = await process.Exited.WaitAsync(cancellationToken);
        if (code != 0 && failureName is not null)
            throw new HostingException($"PostgreSQL: {failureName} failed with exit code {code}: {string.Join(" | ", output.TakeLast(3))}");
        return code;
    }
}
