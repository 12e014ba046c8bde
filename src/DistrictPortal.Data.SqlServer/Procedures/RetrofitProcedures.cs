using DistrictPortal.Core.Retrofit;

namespace DistrictPortal.Data.SqlServer.Procedures;

// One record per [dbo].[RetrofitProgramme_*], [dbo].[AreaTarget_*] and [dbo].[RetrofitProject_*] procedure; the
// properties are its parameters (see StoredProcedureAttribute).

[StoredProcedure("RetrofitProgramme_Create")]
internal sealed record RetrofitProgrammeCreate(long NodeId, string Name, int FirstYear, int LastYear) : IQuery<long>;

[StoredProcedure("RetrofitProgramme_ReadAll")]
internal sealed record RetrofitProgrammeReadAll : IQuery<RetrofitProgramme>;

[StoredProcedure("AreaTarget_Create")]
internal sealed record AreaTargetCreate(long ProgrammeId, long? NodeId, string? Label, int Year, decimal TargetArea) : IQuery<long>;

[StoredProcedure("AreaTarget_Update")]
internal sealed record AreaTargetUpdate(long Id, decimal TargetArea, long Version) : ICommand;

[StoredProcedure("AreaTarget_ReadByProgrammeIdYear")]
internal sealed record AreaTargetReadByProgrammeIdYear(long ProgrammeId, int Year) : IQuery<AreaTarget>;

[StoredProcedure("RetrofitProject_Create")]
internal sealed record RetrofitProjectCreate(
    long EstateId, string MergedEstateIds, string Name, RetrofitWorkItems WorkItems, decimal Area, RetrofitStatus Status,
    DateOnly? StartedDate, DateOnly? CompletedDate, DateOnly? AcceptedDate) : IQuery<long>
{
    public static RetrofitProjectCreate From(RetrofitProject p, string name) => new(
        p.EstateId, RetrofitAudit.FormatIds(p.MergedEstateIds), name, p.WorkItems, p.Area, p.Status, p.StartedDate, p.CompletedDate, p.AcceptedDate);
}

[StoredProcedure("RetrofitProject_Update")]
internal sealed record RetrofitProjectUpdate(
    long Id, long EstateId, string MergedEstateIds, string Name, RetrofitWorkItems WorkItems, decimal Area, RetrofitStatus Status,
    DateOnly? StartedDate, DateOnly? CompletedDate, DateOnly? AcceptedDate, long Version) : ICommand
{
    public static RetrofitProjectUpdate From(RetrofitProject p, string name) => new(
        p.Id, p.EstateId, RetrofitAudit.FormatIds(p.MergedEstateIds), name, p.WorkItems, p.Area, p.Status, p.StartedDate,
        p.CompletedDate, p.AcceptedDate, p.Version);
}

[StoredProcedure("RetrofitProject_ReadById")]
internal sealed record RetrofitProjectReadById(long Id) : IQuery<RetrofitProjectRow>;

[StoredProcedure("RetrofitProject_ReadByScopePath")]
internal sealed record RetrofitProjectReadByScopePath(string ScopePath) : IQuery<RetrofitProjectRow>;

/// <summary>[dbo].[RetrofitProjectView]'s columns: the project with its merged estates as "12,15".</summary>
internal sealed class RetrofitProjectRow
{
    public long Id { get; set; }
    public long EstateId { get; set; }
    public string Name { get; set; } = "";
    public RetrofitWorkItems WorkItems { get; set; }
    public decimal Area { get; set; }
    public RetrofitStatus Status { get; set; }
    public DateOnly? StartedDate { get; set; }
    public DateOnly? CompletedDate { get; set; }
    public DateOnly? AcceptedDate { get; set; }
    public long Version { get; set; }
    public string EstateName { get; set; } = "";
    public string EstatePath { get; set; } = "";
    public long CommunityId { get; set; }
    public string? MergedIds { get; set; }

    public RetrofitProject ToProject() => new()
    {
        Id = Id, EstateId = EstateId, Name = Name, WorkItems = WorkItems, Area = Decimals.Canonical(Area), Status = Status,
        StartedDate = StartedDate, CompletedDate = CompletedDate, AcceptedDate = AcceptedDate, Version = Version,
        EstateName = EstateName, EstatePath = EstatePath, CommunityId = CommunityId, MergedEstateIds = RetrofitAudit.ParseIds(MergedIds),
    };
}
