using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;

namespace DistrictPortal.Core.Estates;

public interface IEstateRepository
{
    /// <summary>The estate with its community, sub-district and path; null when it does not exist.</summary>
    Task<Estate?> GetByIdAsync(long id);

    Task<PagedResult<Estate>> SearchAsync(EstateQuery query);

    /// <summary>Counts by community and class for the same filters as <see cref="SearchAsync"/> (paging ignored).</summary>
    Task<IReadOnlyList<CommunityClassSubtotal>> SubtotalsByCommunityAsync(EstateQuery query);

    /// <summary>Counts by sub-district and class for the same filters (paging ignored): the rows above one sub-district.</summary>
    Task<IReadOnlyList<SubDistrictClassSubtotal>> SubtotalsBySubDistrictAsync(EstateQuery query);

    /// <summary>
    /// Creates the estate node under its community and its registry row with <paramref name="audit"/>
    /// (<see cref="EstateAudit.Created"/>, stamped with the new id) in one transaction. Returns the new id. That the
    /// parent is a live community is Core's rule (<see cref="EstateService"/>); the store keeps the keys.
    /// </summary>
    Task<long> CreateAsync(Estate estate, IReadOnlyList<AuditEntry> audit);

    /// <summary>
    /// Updates the registry facts (and the node name) when <see cref="Estate.Version"/> still matches;
    /// otherwise throws <see cref="ConcurrencyConflictException"/> and writes nothing. Audit entries are written in the same transaction.
    /// </summary>
    Task UpdateAsync(Estate estate, IReadOnlyList<AuditEntry> audit);

    /// <summary>
    /// Writes a confirmed import in ONE transaction: every estate added (node and registry row, audited "create") and
    /// every estate changed (version-checked, with its audit), each with the audit Core built. The first failure — a
    /// duplicate name (<see cref="DuplicateNameException"/>), a stale version (<see cref="ConcurrencyConflictException"/>),
    /// an unknown community (<see cref="ArgumentException"/>) — rolls back everything. Returns the new estates' ids in order.
    /// </summary>
    Task<IReadOnlyList<long>> ImportAsync(EstateImport import);

    /// <summary>
    /// Whether an import was written under this confirmation key (<see cref="EstateImport.Confirmation"/>): a second
    /// attempt is refused before reading the file again. The claim inside <see cref="ImportAsync"/> decides a race;
    /// an import whose <see cref="EstateImport.Confirmation"/> key is taken throws <see cref="ImportAlreadyConfirmedException"/>.
    /// </summary>
    Task<bool> IsImportConfirmedAsync(string key);

    /// <summary>
    /// The live estates under the scope in path order (grouped by sub-district and community), the first
    /// <paramref name="take"/> after <paramref name="afterPath"/> (null: from the start). For streamed bulk exports:
    /// each batch seeks on the path index, with no count and no offset, so 50,000 estates read in linear time.
    /// </summary>
    Task<IReadOnlyList<Estate>> ListAfterPathAsync(string scopePath, string? afterPath, int take);

    /// <summary>
    /// Every estate matching <see cref="SearchAsync"/>'s filters in its sort order (paging ignored), one at a time as the
    /// database hands them over: the formatted registry export of a city reads 50,000 estates without holding them.
    /// The default walks pages (for fakes); the databases answer with one unbuffered read.
    /// </summary>
    IAsyncEnumerable<Estate> StreamAsync(EstateQuery query) => EstatePages.All(this, query);
}

/// <summary>The paged fallback of <see cref="IEstateRepository.StreamAsync"/>.</summary>
public static class EstatePages
{
    public const int Size = 1000;

    public static async IAsyncEnumerable<Estate> All(IEstateRepository estates, EstateQuery query)
    {
        for (var page = 1; ; page++)
        {
            var result = await estates.SearchAsync(query with { Page = page, PageSize = Size });
            foreach (var estate in result.Items)
                yield return estate;
            if (!result.HasNext)
                yield break;
        }
    }
}
