namespace Intensif.Testing;

/// <summary>Polls an asynchronous condition until it holds or a generous deadline passes (no timing is asserted).</summary>
public static class Eventually
{
    public static async Task<T> MatchAsync<T>(Func<Task<T>> probe, Func<T, bool> condition, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(30));
        var last = await probe();
        while (!condition(last) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
            last = await probe();
        }
        return last;
    }
}
