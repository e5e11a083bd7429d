using System.Net.Sockets;

namespace Intensif.Hosting.Orchestration.Runners;

/// <summary>An external broker is healthy when it answers the AMQP 0-9-1 protocol header with a method frame.</summary>
internal static class AmqpProbe
{
    public static async Task<bool> AnswersAsync(Uri uri, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(uri.Host, uri.IsDefaultPort || uri.Port < 0 ? 5672 : uri.Port, timeout.Token);
            var stream = client.GetStream();
            await stream.WriteAsync("AMQP\0\0\u0009\u0001"u8.ToArray(), timeout.Token);
            var frame = new byte[1];
            return await stream.ReadAsync(frame, timeout.Token) == 1 && frame[0] == 1;
        }
        catch (Exception e) when (e is SocketException or IOException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
