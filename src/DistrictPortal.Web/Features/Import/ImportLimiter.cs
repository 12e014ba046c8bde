namespace DistrictPortal.Web.Features.Import;

/// <summary>
/// How many registry uploads are read at once (configuration "Import:MaxConcurrent", default 2): each read holds the
/// file (≤ 5 MB) and what the streaming reader keeps of it, so the limit bounds the import's share of the server.
/// A request beyond it waits briefly ("Import:QueueSeconds", default 5) and is then refused with 429 and "导入繁忙".
/// Why a short queue rather than an immediate refusal: a streamed preview takes well under a second, so a burst of
/// officers uploading at once (six in issue 14) is served within seconds instead of being sent away; waiting requests
/// hold only their upload, which ASP.NET Core buffers to disk past 64 KB. Past the wait the answer is quick, so no
/// pile-up of waiting requests can build.
/// </summary>
public sealed class ImportLimiter : IDisposable
{
    private readonly SemaphoreSlim slots;
    private int inUse;
    private int peak;

    public ImportLimiter(IConfiguration configuration)
    {
        MaxConcurrent = Math.Max(1, configuration.GetValue("Import:MaxConcurrent", 2));
        QueueWait = TimeSpan.FromSeconds(Math.Max(0, configuration.GetValue("Import:QueueSeconds", 5.0)));
        slots = new SemaphoreSlim(MaxConcurrent, MaxConcurrent);
    }

    public int MaxConcurrent { get; }
    public TimeSpan QueueWait { get; }

    /// <summary>The most reads ever in progress at once (for tests and the benchmark).</summary>
    public int Peak => Volatile.Read(ref peak);

    /// <summary>A slot, released when disposed; or null when none came free within the wait.</summary>
    public async Task<IDisposable?> EnterAsync(CancellationToken cancellation)
    {
        if (!await slots.WaitAsync(QueueWait, cancellation))
            return null;
        var now = Interlocked.Increment(ref inUse);
        int seen;
        while (now > (seen = Volatile.Read(ref peak)) && Interlocked.CompareExchange(ref peak, now, seen) != seen)
        {
        }
        return new Slot(this);
    }

    public void Dispose() => slots.Dispose();

    private sealed class Slot(ImportLimiter limiter) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 1)
                return;
            Interlocked.Decrement(ref limiter.inUse);
            limiter.slots.Release();
        }
    }
}
