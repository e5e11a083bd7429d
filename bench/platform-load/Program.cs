// Measures three targets of the architecture page (§5) on the running platform:
//   1. the gateway adds ≤ 1 ms at p50 and keeps ≥ 70 % of the throughput of calling the service directly;
//   2. write path (sign a contract through the gateway, outbox included): ≥ 500 contracts/s sustained, p99 ≤ 100 ms;
//   3. event propagation (commit in one service → visible in indicators): p99 ≤ 1 s at 200 events/s.
// Usage: bench/platform-load/run.sh (starts the platform), or see README.md to point it at a running one.
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using PlatformLoad;

var options = args.Select((a, i) => (a, i)).Where(x => x.a.StartsWith("--")).ToDictionary(x => x.a[2..], x => args[x.i + 1]);
string Option(string name, string fallback) => options.TryGetValue(name, out var v) ? v : fallback;
var gateway = new Uri(options["gateway"]);
var referentToken = options["referent-token"];
var writeRate = int.Parse(Option("write-rate", "500"));
var eventRate = int.Parse(Option("event-rate", "200"));
var seconds = int.Parse(Option("seconds", "20"));
var duration = TimeSpan.FromSeconds(seconds);

var platform = await Platform.DiscoverAsync(gateway, new Uri(options["dashboard-login"]));
Console.WriteLine($"gateway {platform.Gateway}, contracts-api {platform.ContractsDirect}");
using var viaGateway = Platform.Client(platform.Gateway, referentToken);
using var direct = Platform.Client(platform.ContractsDirect, referentToken);

// people to sign contracts with: each person signs once
var needed = writeRate * seconds + eventRate * seconds + 10;
Console.WriteLine($"registering {needed} people through the gateway…");
var people = new System.Collections.Concurrent.ConcurrentQueue<Guid>();
var registered = await OpenLoop.ClosedAsync(32, TimeSpan.FromMinutes(10), async () =>
{
    if (people.Count >= needed) return;
    var answer = await viaGateway.PostAsJsonAsync("/api/contracts/beneficiaries",
        new { firstName = "Bench", lastName = "Person", birthDate = "1990-01-01", territory = "75" });
    people.Enqueue((await answer.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
}, stopWhen: () => people.Count >= needed);
Console.WriteLine($"registered {people.Count} people at {registered.Throughput:F0}/s ({registered.Latencies.Summary()})");

async Task<Guid?> SignAsync()
{
    if (!people.TryDequeue(out var person)) return null;
    var answer = await viaGateway.PostAsJsonAsync("/api/contracts", new { beneficiaryId = person });
    return answer.IsSuccessStatusCode ? (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid() : null;
}

// 1. gateway overhead, on one contract read (JWT validated at the gateway and again in the service)
var contractId = await SignAsync() ?? throw new InvalidOperationException("Could not sign a first contract.");
var path = $"/api/contracts/{contractId}";
for (var i = 0; i < 300; i++) { (await direct.GetAsync(path)).EnsureSuccessStatusCode(); (await viaGateway.GetAsync(path)).EnsureSuccessStatusCode(); }
var (directLatency, gatewayLatency) = (new Latencies(), new Latencies());
for (var i = 0; i < 2000; i++)
{
    var started = System.Diagnostics.Stopwatch.GetTimestamp();
    (await direct.GetAsync(path)).EnsureSuccessStatusCode();
    directLatency.Add(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    started = System.Diagnostics.Stopwatch.GetTimestamp();
    (await viaGateway.GetAsync(path)).EnsureSuccessStatusCode();
    gatewayLatency.Add(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
}
var directThroughput = await OpenLoop.ClosedAsync(16, TimeSpan.FromSeconds(10), async () => (await direct.GetAsync(path)).EnsureSuccessStatusCode());
var gatewayThroughput = await OpenLoop.ClosedAsync(16, TimeSpan.FromSeconds(10), async () => (await viaGateway.GetAsync(path)).EnsureSuccessStatusCode());
Console.WriteLine();
Console.WriteLine("1. gateway overhead (GET a contract, one request at a time, then 16 keep-alive clients for 10 s)");
Console.WriteLine($"   direct : {directLatency.Summary()}; {directThroughput.Throughput:F0} req/s");
Console.WriteLine($"   gateway: {gatewayLatency.Summary()}; {gatewayThroughput.Throughput:F0} req/s");
Console.WriteLine($"   added at p50: {gatewayLatency.Percentile(50) - directLatency.Percentile(50):F2} ms (target ≤ 1 ms); " +
    $"throughput kept: {100 * gatewayThroughput.Throughput / directThroughput.Throughput:F0} % (target ≥ 70 %)");

// 2. write path at the target rate
var writes = await OpenLoop.RunAsync(writeRate, duration, async _ => await SignAsync() is not null);
Console.WriteLine();
Console.WriteLine($"2. write path: sign contracts through the gateway at {writeRate}/s for {seconds} s (open loop)");
Console.WriteLine($"   {writes.Sent} sent, {writes.Failed} failed, {writes.Throughput:F0} signed/s; latency from the planned send time: {writes.Latencies.Summary()} (target ≥ 500/s, p99 ≤ 100 ms)");

// 3. event propagation: ContractSigned from the contracts outbox row (its transaction) to the indicators inbox row
await Task.Delay(TimeSpan.FromSeconds(5)); // let the write phase's backlog drain so it does not count here
var since = DateTimeOffset.UtcNow;
var propagation = await OpenLoop.RunAsync(eventRate, duration, async _ => await SignAsync() is not null);
var sent = await ReadAsync(platform.ContractsDb,
    "select message_id, created_at from outbox_messages where message_type like 'Intensif.IntegrationEvents.ContractSigned,%' and created_at >= @since", since);
var delivered = new Dictionary<Guid, DateTimeOffset>();
for (var wait = 0; wait < 120 && delivered.Count < sent.Count; wait++)
{
    if (wait > 0) await Task.Delay(TimeSpan.FromSeconds(1));
    delivered = await ReadAsync(platform.IndicatorsDb,
        "select message_id, received_at from inbox_messages where consumer like '%ContractSigned%' and received_at >= @since", since);
}
var eventLatency = new Latencies();
foreach (var (id, createdAt) in sent)
    if (delivered.TryGetValue(id, out var receivedAt)) eventLatency.Add((receivedAt - createdAt).TotalMilliseconds);
Console.WriteLine();
Console.WriteLine($"3. event propagation at {eventRate} signatures/s for {seconds} s ({propagation.Throughput:F0}/s achieved, request {propagation.Latencies.Summary()})");
Console.WriteLine($"   ContractSigned events: {sent.Count} committed, {eventLatency.Count} consumed by indicators; outbox commit → indicators inbox: {eventLatency.Summary()} (target p99 ≤ 1000 ms)");

static async Task<Dictionary<Guid, DateTimeOffset>> ReadAsync(string connectionString, string sql, DateTimeOffset since)
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(sql, connection);
    command.Parameters.AddWithValue("since", since);
    var rows = new Dictionary<Guid, DateTimeOffset>();
    await using var reader = await command.ExecuteReaderAsync();
    while (await reader.ReadAsync()) rows[reader.GetGuid(0)] = reader.GetFieldValue<DateTimeOffset>(1);
    return rows;
}
