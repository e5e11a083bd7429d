using System.Collections.Concurrent;

namespace Intensif.Hosting.Orchestration;

/// <summary>
/// The current snapshot of every instance, and a notification on each change: the AppHost console prints state
/// changes from it, the dashboard reads it. Named after Aspire's service of the same role.
/// </summary>
public sealed class ResourceNotificationService
{
    private readonly ConcurrentDictionary<string, ResourceSnapshot> _snapshots = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _order = [];

    /// <summary>Raised after each update with the previous (null on first publish) and the new snapshot.</summary>
    public event Action<ResourceSnapshot?, ResourceSnapshot>? Changed;

    public IReadOnlyList<ResourceSnapshot> GetSnapshots()
    {
        lock (_order) return _order.Select(n => _snapshots[n]).ToList();
    }

    public ResourceSnapshot? Find(string name) => _snapshots.GetValueOrDefault(name);

    public void Publish(ResourceSnapshot snapshot)
    {
        ResourceSnapshot? previous;
        lock (_order)
        {
            previous = _snapshots.GetValueOrDefault(snapshot.Name);
            if (previous is null) _order.Add(snapshot.Name);
            _snapshots[snapshot.Name] = snapshot;
        }
        Changed?.Invoke(previous, snapshot);
    }

    public ResourceSnapshot Update(string name, Func<ResourceSnapshot, ResourceSnapshot> change)
    {
        ResourceSnapshot previous, next;
        lock (_order)
        {
            previous = _snapshots[name];
            next = change(previous);
            _snapshots[name] = next;
        }
        if (next != previous) Changed?.Invoke(previous, next);
        return next;
    }
}
