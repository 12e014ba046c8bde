using DistrictPortal.Core.Auditing;
using DistrictPortal.Web.Features.League;

namespace DistrictPortal.Web.Infrastructure.Caching;

/// <summary>
/// Reads whose answer changes only when the data does (the registry's count, page and subtotals, the committee tracks
/// of a scope), kept until the database's change stamp moves (<see cref="IAuditRepository.ReadChangeStampAsync"/>:
/// every change writes an audit entry, on whichever server). The league's tables work the same way. A request that
/// finds its read here pays one stamp read (one index seek) instead of aggregating tens of thousands of estates; the
/// first request after any change pays the read itself. Several web servers each keep their own and all compare the
/// one stamp in the shared database, so a change through one is read afresh by the other's next request (issue 19).
/// What is kept is the repositories' answer, never a page or anything worked out with the clock or the user's role.
/// </summary>
public sealed class ChangeStampedReads(IAuditRepository audit)
{
    /// <summary>Distinct reads kept; past it the whole cache starts again (as the league's).</summary>
    public const int Capacity = 512;
    private readonly StampedCache<string, object> _reads = new(Capacity);

    /// <summary>
    /// The answer of <paramref name="read"/> kept under <paramref name="key"/> (which must name everything the read
    /// depends on: scope, filters, page) while the change stamp stays as it is now. Callers must not modify it.
    /// </summary>
    public async Task<T> GetAsync<T>(string key, Func<Task<T>> read) where T : class =>
        (T)await _reads.GetAsync($"{typeof(T).FullName}|{key}", await audit.ReadChangeStampAsync(), period: 0, async () => await read());
}
