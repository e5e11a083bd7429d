using Intensif.Hosting.Identity;
using Intensif.Hosting.Orchestration;
using Microsoft.Extensions.Configuration;

namespace Intensif.AppHost;

/// <summary>
/// <c>token --sub u1 --name "Alice" --org ft-75 --org-kind organisme --role referent --territories 75,92 [--hours 8]</c>:
/// prints a development JWT signed with the state folder's key, the one the AppHost gives every service.
/// </summary>
internal static class DevTokenCommand
{
    private static readonly string[] OrganisationKinds = ["organisme", "partner", "committee", "platform"];
    private static readonly string[] Roles = ["referent", "manager", "partner", "pilot", "operator"];

    private const string Usage =
        "usage: token --sub <id> --name <name> --org <org> --org-kind organisme|partner|committee|platform " +
        "--role referent|manager|partner|pilot|operator --territories 75,92 [--hours 8] [--Hosting:StateDirectory=<dir>]";

    public static int Run(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var configurationArgs = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].Contains(':')) configurationArgs.Add(args[i]);
            else if (args[i].StartsWith("--") && i + 1 < args.Length) options[args[i][2..]] = args[++i];
            else return Fail($"unexpected argument '{args[i]}'");
        }

        string? Option(string name) => options.GetValueOrDefault(name);
        var missing = new[] { "sub", "name", "org", "org-kind", "role", "territories" }.Where(n => string.IsNullOrWhiteSpace(Option(n))).ToList();
        if (missing.Count > 0) return Fail($"missing --{string.Join(", --", missing)}");
        if (!OrganisationKinds.Contains(Option("org-kind"))) return Fail($"--org-kind must be one of {string.Join(", ", OrganisationKinds)}");
        if (!Roles.Contains(Option("role"))) return Fail($"--role must be one of {string.Join(", ", Roles)}");
        if (!double.TryParse(Option("hours") ?? "8", System.Globalization.CultureInfo.InvariantCulture, out var hours) || hours <= 0)
            return Fail("--hours must be a positive number");

        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine([.. configurationArgs]).Build();
        var key = DevSigningKey.LoadOrCreate(StateDirectoryResolver.Resolve(configuration));
        var user = new PlatformUser(
            Option("sub")!, Option("name")!, Option("org")!, Option("org-kind")!, Option("role")!,
            Option("territories")!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var issuer = new DevTokenIssuer(DevTokenIssuer.DefaultIssuer, DevTokenIssuer.DefaultAudience, key);
        Console.WriteLine(issuer.Mint(user, TimeSpan.FromHours(hours)));
        return 0;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"token: {message}");
        Console.Error.WriteLine(Usage);
        return 2;
    }
}
