using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace DistrictPortal.Web.Tests.Instances;

/// <summary>
/// One real portal process, <c>dotnet DistrictPortal.Web.dll</c>, as a web server behind the load balancer runs it:
/// its own memory, caches, Data Protection key cache, Hangfire server and Hangfire file; only the portal database is
/// shared with the others. Listens on a free loopback port (Kestrel picks it: <c>--urls http://127.0.0.1:0</c>) and
/// trusts the loopback proxy's <c>X-Forwarded-For</c>, so a test says which client address a request comes from, as
/// the load balancer does. Every line it logs is kept (one line per entry) for the tests to read.
/// </summary>
public sealed partial class PortalProcess : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private PortalProcess(string folder, string name)
    {
        Name = name;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(WebDll());
        start.ArgumentList.Add("--contentRoot");
        start.ArgumentList.Add(ContentRoot());
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        var env = start.Environment;
        foreach (var key in env.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || k.Contains("__", StringComparison.Ordinal)).ToList())
            env.Remove(key);
        // Development: the demo data (and its published password) is refused anywhere else.
        env["ASPNETCORE_ENVIRONMENT"] = "Development";
        env["Database__Provider"] = "Sqlite";
        env["ConnectionStrings__Portal"] = $"Data Source={Path.Combine(folder, "portal.db")}";
        env["Portal__DemoData"] = "true";
        env["Portal__Now"] = "";
        env["Hangfire__Server"] = "true";
        // Each server its own Hangfire file, as on servers with their own disks: nothing shared but the portal database.
        env["Hangfire__SqlitePath"] = Path.Combine(folder, $"hangfire-{name}.db");
        env["ForwardedHeaders__Enabled"] = "true";
        env["Logging__Console__FormatterName"] = "simple";
        env["Logging__Console__FormatterOptions__SingleLine"] = "true";
        env["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.Exited += (_, _) => _listening.TrySetException(new InvalidOperationException(
            $"Portal {name} exited with {_process.ExitCode} before listening:\n{string.Join("\n", _output)}"));
    }

    public string Name { get; }

    public int ProcessId => _process.Id;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The log so far, one entry a line.</summary>
    public IReadOnlyList<string> Output => _output.ToArray();

    /// <summary>Starts the portal and returns once it answers <c>/health</c> with 200 (migrated, seeded, Hangfire up).</summary>
    public static async Task<PortalProcess> StartAsync(string folder, string name)
    {
        var portal = new PortalProcess(folder, name);
        portal._process.Start();
        portal._process.BeginOutputReadLine();
        portal._process.BeginErrorReadLine();
        try
        {
            portal.BaseAddress = await portal._listening.Task.WaitAsync(StartTimeout);
            using var http = new HttpClient { BaseAddress = portal.BaseAddress };
            var deadline = DateTime.UtcNow + StartTimeout;
            while ((await http.GetAsync("/health")).StatusCode != HttpStatusCode.OK)
            {
                Assert.True(DateTime.UtcNow < deadline, $"Portal {name} never became healthy:\n{string.Join("\n", portal.Output)}");
                await Task.Delay(200);
            }
            return portal;
        }
        catch
        {
            portal.Dispose();
            throw;
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
            return;
        _output.Enqueue(line);
        if (Listening().Match(line) is { Success: true } m)
            _listening.TrySetResult(new Uri(m.Groups[1].Value));
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Never started.
        }
        _process.Dispose();
    }

    /// <summary>The web project's build: the copy beside the tests (same build), else the project's own output.</summary>
    private static string WebDll()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "DistrictPortal.Web.dll");
        if (File.Exists(Path.ChangeExtension(beside, ".runtimeconfig.json")))
            return beside;
        // tests/DistrictPortal.Web.Tests/bin/<Configuration>/net10.0 → src/DistrictPortal.Web/bin/<Configuration>/net10.0
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = framework.Parent!.Name;
        return Path.Combine(RepositoryRoot(), "src", "DistrictPortal.Web", "bin", configuration, framework.Name, "DistrictPortal.Web.dll");
    }

    /// <summary>The web project's folder (wwwroot), as <c>scripts/bench.sh</c> starts the portal.</summary>
    private static string ContentRoot() => Path.Combine(RepositoryRoot(), "src", "DistrictPortal.Web");

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "DistrictPortal.sln")))
                return dir.FullName;
        throw new InvalidOperationException($"No DistrictPortal.sln above {AppContext.BaseDirectory}");
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex Listening();
}
