using System.Net;
using System.Net.Sockets;
using System.Text;

namespace DistrictPortal.Web.Tests.Notices;

/// <summary>
/// A minimal SMTP server on 127.0.0.1 for one test: greets, accepts EHLO, MAIL, RCPT, DATA (up to the lone dot) and
/// QUIT, and keeps each message's raw bytes as sent. It offers no STARTTLS, AUTH or SMTPUTF8, as a plain relay would.
/// </summary>
internal sealed class SmtpListener : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Task _loop;

    public SmtpListener()
    {
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _loop = Task.Run(LoopAsync);
    }

    public int Port { get; }
    public List<byte[]> Messages { get; } = [];
    public List<string> Recipients { get; } = [];

    private async Task LoopAsync()
    {
        while (true)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync();
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            using (client)
                await ServeAsync(client.GetStream());
        }
    }

    private async Task ServeAsync(NetworkStream stream)
    {
        var reader = new StreamReader(stream, Encoding.Latin1);
        async Task Say(string line) => await stream.WriteAsync(Encoding.ASCII.GetBytes(line + "\r\n"));
        await Say("220 localhost test SMTP");
        while (await reader.ReadLineAsync() is { } line)
        {
            var verb = line.Split(' ')[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO":
                    await Say("250-localhost");
                    await Say("250 8BITMIME");
                    break;
                case "HELO" or "MAIL" or "RSET" or "NOOP":
                    await Say("250 OK");
                    break;
                case "RCPT":
                    Recipients.Add(line);
                    await Say("250 OK");
                    break;
                case "DATA":
                    await Say("354 end with <CRLF>.<CRLF>");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync() is { } l && l != ".")
                        data.Append(l.StartsWith("..", StringComparison.Ordinal) ? l[1..] : l).Append("\r\n");
                    // Latin-1 maps each byte to one char, so this gives back the bytes exactly as sent.
                    lock (Messages)
                        Messages.Add(Encoding.Latin1.GetBytes(data.ToString()));
                    await Say("250 queued");
                    break;
                case "QUIT":
                    await Say("221 bye");
                    return;
                default:
                    await Say("502 not implemented");
                    break;
            }
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
