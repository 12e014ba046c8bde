using DistrictPortal.Core.Packages;

namespace DistrictPortal.Data.SqlServer.Procedures;

// One record per [dbo].[Package_*], [dbo].[PackageEstate_*], [dbo].[PackageTender_*], [dbo].[PackageSupervision_*],
// [dbo].[PackageReview_*] and [dbo].[PackageVote_*] procedure; the properties are its parameters.

/// <summary>The new package's id; <see cref="EstateIds"/> "12,15".</summary>
[StoredProcedure("Package_Create")]
internal sealed record PackageCreate(long SubDistrictId, string Name, DateOnly CreatedOn, string EstateIds) : IQuery<long>;

[StoredProcedure("Package_Update")]
internal sealed record PackageUpdate(long Id, string Name, string EstateIds, long Version) : ICommand;

[StoredProcedure("Package_UpdateDissolved")]
internal sealed record PackageDissolve(long Id, DateOnly DissolvedOn, long Version) : ICommand;

[StoredProcedure("Package_ReadById")]
internal sealed record PackageReadById(long Id) : IQuery<Package>;

[StoredProcedure("Package_ReadByScopePath")]
internal sealed record PackageReadByScopePath(string ScopePath) : IQuery<Package>;

[StoredProcedure("PackageEstate_ReadByPackageId")]
internal sealed record PackageEstateReadByPackageId(long PackageId) : IQuery<PackageMember>;

[StoredProcedure("PackageEstate_ReadLiveByScopePath")]
internal sealed record PackageEstateReadLiveByScopePath(string ScopePath) : IQuery<PackageMember>;

[StoredProcedure("PackageTender_Create")]
internal sealed record PackageTenderCreate(
    long PackageId, DateOnly Date, string Bidders, string WinnerName, long? WinnerEnterpriseId, decimal Price, DateOnly TermStart, DateOnly TermEnd,
    DateTime RecordedUtc, string RecordedByName) : IQuery<long>
{
    public static PackageTenderCreate From(PackageTender t) =>
        new(t.PackageId, t.Date, t.Bidders, t.WinnerName, t.WinnerEnterpriseId, t.Price, t.TermStart, t.TermEnd, t.RecordedUtc, t.RecordedByName);
}

[StoredProcedure("PackageTender_ReadByPackageId")]
internal sealed record PackageTenderReadByPackageId(long PackageId) : IQuery<PackageTender>;

[StoredProcedure("PackageSupervision_Create")]
internal sealed record PackageSupervisionCreate(
    long PackageId, long EstateId, DateOnly Date, string Inspector, bool ProblemFound, string Finding, DateTime RecordedUtc, string RecordedByName) : IQuery<long>
{
    public static PackageSupervisionCreate From(PackageSupervision r) =>
        new(r.PackageId, r.EstateId, r.Date, r.Inspector, r.ProblemFound, r.Finding, r.RecordedUtc, r.RecordedByName);
}

[StoredProcedure("PackageSupervision_ReadByPackageId")]
internal sealed record PackageSupervisionReadByPackageId(long PackageId) : IQuery<PackageSupervision>;

[StoredProcedure("PackageReview_Create")]
internal sealed record PackageReviewCreate(
    long PackageId, long EstateId, int Year, int Quarter, int Score, string Reviewer, string? Note, DateTime RecordedUtc, string RecordedByName) : IQuery<long>
{
    public static PackageReviewCreate From(PackageReview r) =>
        new(r.PackageId, r.EstateId, r.Year, r.Quarter, r.Score, r.Reviewer, r.Note, r.RecordedUtc, r.RecordedByName);
}

[StoredProcedure("PackageReview_ReadByPackageId")]
internal sealed record PackageReviewReadByPackageId(long PackageId) : IQuery<PackageReview>;

[StoredProcedure("PackageVote_Create")]
internal sealed record PackageVoteCreate(
    long PackageId, long TenderId, DateOnly Date, int Households, int BallotsReturned, int VotesForRenewal, DateTime RecordedUtc, string RecordedByName) : IQuery<long>
{
    public static PackageVoteCreate From(PackageVote v) =>
        new(v.PackageId, v.TenderId, v.Date, v.Households, v.BallotsReturned, v.VotesForRenewal, v.RecordedUtc, v.RecordedByName);
}

[StoredProcedure("PackageVote_ReadByPackageId")]
internal sealed record PackageVoteReadByPackageId(long PackageId) : IQuery<PackageVote>;
