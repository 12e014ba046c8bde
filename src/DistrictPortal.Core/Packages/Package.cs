namespace DistrictPortal.Core.Packages;

/// <summary>
/// 打包 (P11, mode 4 街道集中管理): estates of one sub-district bundled into one management area that is tendered to a
/// property service enterprise as a whole. A package is live until dissolved; an estate is in at most one live package
/// (Core checks it first, the databases' unique index on the live membership keeps it).
/// </summary>
public sealed class Package
{
    public long Id { get; set; }
    public long SubDistrictId { get; set; }
    public string Name { get; set; } = "";
    /// <summary>The day the sub-district made the package (Asia/Shanghai).</summary>
    public DateOnly CreatedOn { get; set; }
    /// <summary>Set when the package is dissolved; its memberships then end and its estates may join another package.</summary>
    public DateOnly? DissolvedOn { get; set; }
    /// <summary>Optimistic concurrency: every write to the package or its membership moves it on.</summary>
    public long Version { get; set; }

    // Read-only context filled by reads.
    public string SubDistrictName { get; set; } = "";
    /// <summary>The sub-district's path: the package lies where its sub-district does.</summary>
    public string Path { get; set; } = "";
    public int EstateCount { get; set; }
    public int Households { get; set; }

    public bool IsLive => DissolvedOn is null;
}

/// <summary>An estate of a package, with where it lies and its households (from the registry, the home of the fact).</summary>
public sealed class PackageMember
{
    public long PackageId { get; set; }
    public long EstateId { get; set; }
    /// <summary>False once the package is dissolved or the estate taken out.</summary>
    public bool Live { get; set; }
    public string EstateName { get; set; } = "";
    public string Path { get; set; } = "";
    public long CommunityId { get; set; }
    public string CommunityName { get; set; } = "";
    public int Households { get; set; }
}

/// <summary>
/// 公开招投标 (P11): one tender of a package: the day the bid was awarded, the bidders, the winner (a property service
/// enterprise), the price and the service term. A package may be tendered again when a term ends (or the owners vote
/// not to renew); the newest tender is the current one.
/// </summary>
public sealed class PackageTender
{
    public long Id { get; set; }
    public long PackageId { get; set; }
    public DateOnly Date { get; set; }
    /// <summary>The bidders as recorded, one name per line (the winner among them).</summary>
    public string Bidders { get; set; } = "";
    public string WinnerName { get; set; } = "";
    /// <summary>The winner in the enterprise register, when it is there.</summary>
    public long? WinnerEnterpriseId { get; set; }
    /// <summary>The winning price, yuan a year.</summary>
    public decimal Price { get; set; }
    public DateOnly TermStart { get; set; }
    public DateOnly TermEnd { get; set; }
    public DateTime RecordedUtc { get; set; }
    public string RecordedByName { get; set; } = "";

    public IReadOnlyList<string> BidderNames => PackageRules.SplitBidders(Bidders);
}

/// <summary>日常监督 (P11): one visit of the community to an estate of the package and what it found.</summary>
public sealed class PackageSupervision
{
    public long Id { get; set; }
    public long PackageId { get; set; }
    public long EstateId { get; set; }
    public DateOnly Date { get; set; }
    public string Inspector { get; set; } = "";
    public bool ProblemFound { get; set; }
    public string Finding { get; set; } = "";
    public DateTime RecordedUtc { get; set; }
    public string RecordedByName { get; set; } = "";
    public string EstateName { get; set; } = "";
}

/// <summary>季度考评 (P11): the community's score (0–100) of the enterprise's service in one estate for one quarter.</summary>
public sealed class PackageReview
{
    public long Id { get; set; }
    public long PackageId { get; set; }
    public long EstateId { get; set; }
    public int Year { get; set; }
    /// <summary>1–4.</summary>
    public int Quarter { get; set; }
    public int Score { get; set; }
    public string Reviewer { get; set; } = "";
    public string? Note { get; set; }
    public DateTime RecordedUtc { get; set; }
    public string RecordedByName { get; set; } = "";
    public string EstateName { get; set; } = "";
}

/// <summary>
/// 续聘表决 (P11): the owners' vote at the end of a tender's term on renewing its enterprise. The households are ALL the
/// households of the package's estates on the day (the registry's), frozen in the row; the outcome is computed like the
/// consultation (<see cref="Committees.ConsultationRule"/>), never stored.
/// </summary>
public sealed class PackageVote
{
    public long Id { get; set; }
    public long PackageId { get; set; }
    public long TenderId { get; set; }
    public DateOnly Date { get; set; }
    public int Households { get; set; }
    public int BallotsReturned { get; set; }
    public int VotesForRenewal { get; set; }
    public DateTime RecordedUtc { get; set; }
    public string RecordedByName { get; set; } = "";

    public bool Renewed => PackageRules.Renewed(Households, VotesForRenewal);
}

/// <summary>
/// Packages and their records. Stores and reads only: the rules and the audit entries are <see cref="PackageService"/>'s;
/// every write takes its audit entries and writes them in the same transaction.
/// </summary>
public interface IPackageRepository
{
    /// <summary>Inserts the package and its live members; entries for <see cref="Auditing.AuditEntry.NewRow"/> get the new id.
    /// An estate already in a live package is refused by the unique index (<see cref="Common.DuplicateNameException"/>).
    /// <paramref name="modes"/> are the joining estates' registry changes (<see cref="PackageJoin"/>), written in the same
    /// transaction by the registry's own edit, version-checked (<see cref="Common.ConcurrencyConflictException"/>).</summary>
    Task<long> CreateAsync(Package package, IReadOnlyList<long> estateIds, IReadOnlyList<Auditing.AuditEntry> audit, IReadOnlyList<PackageModeChange> modes);

    /// <summary>Renames the package and replaces its live members, only at <paramref name="version"/>
    /// (otherwise <see cref="Common.ConcurrencyConflictException"/>), with the joining estates' <paramref name="modes"/> as
    /// <see cref="CreateAsync"/> writes them.</summary>
    Task UpdateAsync(long packageId, string name, IReadOnlyList<long> estateIds, long version, IReadOnlyList<Auditing.AuditEntry> audit, IReadOnlyList<PackageModeChange> modes);

    /// <summary>Dissolves the package at <paramref name="version"/>: its memberships end (kept, no longer live).</summary>
    Task DissolveAsync(long packageId, DateOnly dissolvedOn, long version, IReadOnlyList<Auditing.AuditEntry> audit);

    Task<long> AddTenderAsync(PackageTender tender, IReadOnlyList<Auditing.AuditEntry> audit);
    Task<long> AddSupervisionAsync(PackageSupervision record, IReadOnlyList<Auditing.AuditEntry> audit);
    /// <summary>One review per estate and quarter: a second is refused by the unique key (<see cref="Common.DuplicateNameException"/>).</summary>
    Task<long> AddReviewAsync(PackageReview review, IReadOnlyList<Auditing.AuditEntry> audit);
    /// <summary>One vote per tender: a second is refused by the unique key (<see cref="Common.DuplicateNameException"/>).</summary>
    Task<long> AddVoteAsync(PackageVote vote, IReadOnlyList<Auditing.AuditEntry> audit);

    Task<Package?> GetByIdAsync(long id);

    /// <summary>The packages of the sub-districts under <paramref name="scopePath"/>, and those with a live estate under it
    /// (a community's officer sees the packages of its estates), in hierarchy order, live first.</summary>
    Task<IReadOnlyList<Package>> ListInScopeAsync(string scopePath);

    /// <summary>The package's members, live and past, in hierarchy order.</summary>
    Task<IReadOnlyList<PackageMember>> ListMembersAsync(long packageId);

    /// <summary>Every live membership of an estate under <paramref name="scopePath"/>.</summary>
    Task<IReadOnlyList<PackageMember>> ListLiveMembersInScopeAsync(string scopePath);

    /// <summary>Newest first (date, then id).</summary>
    Task<IReadOnlyList<PackageTender>> ListTendersAsync(long packageId);
    Task<IReadOnlyList<PackageSupervision>> ListSupervisionAsync(long packageId);
    /// <summary>Newest quarter first, then estate.</summary>
    Task<IReadOnlyList<PackageReview>> ListReviewsAsync(long packageId);
    Task<IReadOnlyList<PackageVote>> ListVotesAsync(long packageId);
}
