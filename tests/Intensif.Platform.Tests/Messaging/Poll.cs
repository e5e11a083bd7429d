namespace Intensif.Platform.Tests.Messaging;

/// <summary>Generous waits for asynchronous outcomes; the assertions that follow say what was expected.</summary>
internal static class Poll
{
    public static async Task<T> UntilAsync<T>(Func<Task<T>> probe, Func<T, bool> done, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        var value = await probe();
        while (!done(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
            value = await probe();
        }
        return value;
    }
}
