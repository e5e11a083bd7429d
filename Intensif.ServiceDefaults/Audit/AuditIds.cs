namespace Intensif.ServiceDefaults.Audit;

/// <summary>
/// Ids of audit entries, increasing in the order they are made. EF inserts the rows of one SaveChanges in key order,
/// and the database numbers them (the Sequence) in insert order: with <see cref="Guid.CreateVersion7(DateTimeOffset)"/>
/// alone, entries of one millisecond would be inserted in the order of their random tails.
/// </summary>
internal static class AuditIds
{
    private static readonly Lock Gate = new();
    private static Guid _last;

    public static Guid Next(DateTimeOffset at)
    {
        var id = Guid.CreateVersion7(at);
        lock (Gate)
        {
            if (id.CompareTo(_last) <= 0) id = After(_last);
            return _last = id;
        }
    }

    /// <summary>The next id after <paramref name="id"/>: its random tail (bytes 9 to 15, big-endian) plus one.</summary>
    private static Guid After(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes, bigEndian: true, out _);
        for (var i = 15; i >= 9 && ++bytes[i] == 0; i--) { }
        return new Guid(bytes, bigEndian: true);
    }
}
