using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace DistrictPortal.Web.Tests.Notices;

/// <summary>
/// A stand-in group robot on 127.0.0.1 (HttpListener on a free port): records every request and answers each with what
/// <see cref="Answer"/> says for its number (1 for the first), by default 200 {"errcode":0,"errmsg":"ok"}.
/// </summary>
internal sealed class RobotListener : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public RobotListener()
    {
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public int Port { get; }
    public string Address(string pathAndQuery) => $"http://127.0.0.1:{Port}{pathAndQuery}";
    public ConcurrentQueue<(Uri Url, string Body)> Requests { get; } = new();
    public Func<int, (int Status, string Body)> Answer { get; set; } = _ => (200, """{"errcode":0,"errmsg":"ok"}""");

    private async Task LoopAsync()
    {
        var number = 0;
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            Requests.Enqueue((context.Request.Url!, await reader.ReadToEndAsync()));
            var (status, body) = Answer(Interlocked.Increment(ref number));
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json; charset=utf-8";
            var bytes = Encoding.UTF8.GetBytes(body);
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
