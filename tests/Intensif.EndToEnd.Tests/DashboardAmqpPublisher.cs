using System.Buffers.Binary;
using System.Net.Sockets;
using System.Text;

namespace Intensif.EndToEnd.Tests;

/// <summary>
/// Publishes one message to a queue of the platform's broker through the default exchange, as a faulty producer
/// would, with publisher confirms and <c>mandatory</c>. Plain AMQP 0-9-1 over a socket: this project has no
/// RabbitMQ.Client (it only drives the platform from outside), and one publish needs a handful of frames.
/// </summary>
internal static class DashboardAmqpPublisher
{
    private const byte MethodFrame = 1, HeaderFrame = 2, BodyFrame = 3, FrameEnd = 0xCE;

    public static async Task PublishAsync(Uri broker, string queue, string messageId, string contentType, string body, CancellationToken cancellationToken)
    {
        var credentials = broker.UserInfo.Split(':', 2);
        var virtualHost = broker.AbsolutePath is "" or "/" ? "/" : Uri.UnescapeDataString(broker.AbsolutePath[1..]);
        using var client = new TcpClient();
        await client.ConnectAsync(broker.Host, broker.Port, cancellationToken);
        var stream = client.GetStream();
        await stream.WriteAsync("AMQP\0\0\u0009\u0001"u8.ToArray(), cancellationToken);

        await ExpectAsync(stream, 10, 10, cancellationToken);   // Connection.Start
        await SendMethodAsync(stream, 0, 10, 11, w =>
        {
            w.Write(0u);   // client properties: an empty table
            w.ShortString("PLAIN");
            w.LongString($"\0{Uri.UnescapeDataString(credentials[0])}\0{Uri.UnescapeDataString(credentials[1])}");
            w.ShortString("en_US");
        }, cancellationToken);
        var tune = await ExpectAsync(stream, 10, 30, cancellationToken);
        var channelMax = BinaryPrimitives.ReadUInt16BigEndian(tune);
        var frameMax = BinaryPrimitives.ReadUInt32BigEndian(tune.AsSpan(2));
        await SendMethodAsync(stream, 0, 10, 31, w => { w.Write(channelMax); w.Write(frameMax); w.Write((ushort)0); }, cancellationToken);
        await SendMethodAsync(stream, 0, 10, 40, w => { w.ShortString(virtualHost); w.ShortString(""); w.Write((byte)0); }, cancellationToken);
        await ExpectAsync(stream, 10, 41, cancellationToken);   // Connection.OpenOk

        await SendMethodAsync(stream, 1, 20, 10, w => w.ShortString(""), cancellationToken);
        await ExpectAsync(stream, 20, 11, cancellationToken);   // Channel.OpenOk
        await SendMethodAsync(stream, 1, 85, 10, w => w.Write((byte)0), cancellationToken);
        await ExpectAsync(stream, 85, 11, cancellationToken);   // Confirm.SelectOk

        var payload = Encoding.UTF8.GetBytes(body);
        await SendMethodAsync(stream, 1, 60, 40, w => { w.Write((ushort)0); w.ShortString(""); w.ShortString(queue); w.Write((byte)1); }, cancellationToken);
        await SendFrameAsync(stream, HeaderFrame, 1, w =>
        {
            w.Write((ushort)60);
            w.Write((ushort)0);
            w.Write((ulong)payload.Length);
            w.Write((ushort)(0x8000 | 0x1000 | 0x0080));   // content-type, delivery-mode, message-id
            w.ShortString(contentType);
            w.Write((byte)2);   // persistent
            w.ShortString(messageId);
        }, cancellationToken);
        await SendFrameAsync(stream, BodyFrame, 1, w => w.Write(payload), cancellationToken);
        // a message no queue takes comes back (Basic.Return) before its ack
        await ExpectAsync(stream, 60, 80, cancellationToken);   // Basic.Ack

        await SendMethodAsync(stream, 0, 10, 50, w => { w.Write((ushort)200); w.ShortString("done"); w.Write((ushort)0); w.Write((ushort)0); }, cancellationToken);
        await ExpectAsync(stream, 10, 51, cancellationToken);   // Connection.CloseOk
    }

    /// <summary>Reads frames until the awaited method; a Close or a Return of the broker fails with its reply text.</summary>
    private static async Task<byte[]> ExpectAsync(NetworkStream stream, ushort classId, ushort methodId, CancellationToken cancellationToken)
    {
        while (true)
        {
            var header = new byte[7];
            await stream.ReadExactlyAsync(header, cancellationToken);
            var payload = new byte[BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(3)) + 1];
            await stream.ReadExactlyAsync(payload, cancellationToken);
            if (header[0] != MethodFrame) continue;   // heartbeats, and the content of a returned message
            var (receivedClass, receivedMethod) = (BinaryPrimitives.ReadUInt16BigEndian(payload), BinaryPrimitives.ReadUInt16BigEndian(payload.AsSpan(2)));
            if ((receivedClass, receivedMethod) == (classId, methodId)) return payload[4..^1];
            if ((receivedClass, receivedMethod) is (10, 50) or (20, 40) or (60, 50))
                throw new InvalidOperationException($"The broker answered {receivedClass}.{receivedMethod}: {Encoding.UTF8.GetString(payload, 7, payload[6])}");
        }
    }

    private static Task SendMethodAsync(NetworkStream stream, ushort channel, ushort classId, ushort methodId, Action<FrameWriter> arguments, CancellationToken cancellationToken) =>
        SendFrameAsync(stream, MethodFrame, channel, w => { w.Write(classId); w.Write(methodId); arguments(w); }, cancellationToken);

    private static async Task SendFrameAsync(NetworkStream stream, byte type, ushort channel, Action<FrameWriter> content, CancellationToken cancellationToken)
    {
        var payload = new FrameWriter();
        content(payload);
        var frame = new FrameWriter();
        frame.Write(type);
        frame.Write(channel);
        frame.Write((uint)payload.Length);
        frame.Write(payload.ToArray());
        frame.Write(FrameEnd);
        await stream.WriteAsync(frame.ToArray(), cancellationToken);
    }

    /// <summary>AMQP's big-endian integers and short / long strings.</summary>
    private sealed class FrameWriter
    {
        private readonly MemoryStream _buffer = new();

        public int Length => (int)_buffer.Length;
        public byte[] ToArray() => _buffer.ToArray();
        public void Write(byte value) => _buffer.WriteByte(value);
        public void Write(byte[] value) => _buffer.Write(value);
        public void Write(ushort value) { Span<byte> b = stackalloc byte[2]; BinaryPrimitives.WriteUInt16BigEndian(b, value); _buffer.Write(b); }
        public void Write(uint value) { Span<byte> b = stackalloc byte[4]; BinaryPrimitives.WriteUInt32BigEndian(b, value); _buffer.Write(b); }
        public void Write(ulong value) { Span<byte> b = stackalloc byte[8]; BinaryPrimitives.WriteUInt64BigEndian(b, value); _buffer.Write(b); }

        public void ShortString(string value)
        {
            var bytes = Encoding.UTF8.GetBytes(value);
            Write((byte)bytes.Length);
            Write(bytes);
        }

        public void LongString(string value)
        {
            var bytes = Encoding.UTF8.GetBytes(value);
            Write((uint)bytes.Length);
            Write(bytes);
        }
    }
}
