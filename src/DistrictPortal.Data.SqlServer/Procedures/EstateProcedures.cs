using DistrictPortal.Core.Estates;

namespace DistrictPortal.Data.SqlServer.Procedures;

// One record per [dbo].[Estate_*] procedure; the properties are its parameters (see StoredProcedureAttribute).

[StoredProcedure("Estate_Create")]
internal sealed record EstateCreate(
    long Id,
    string? Address,
    int? YearBuilt,
    bool IsCompleteSet,
    int Buildings,
    int Households,
    decimal FloorArea,
    decimal? ManagementRoomArea,
    bool IsManagementRoomInterim,
    EstateClass Class,
    ManagementStatus Status,
    ManagementMode Mode,
    bool IsPilot,
    bool IsBenchmark,
    SixHaves SixHaves,
    EightHaves EightHaves) : ICommand
{
    public static EstateCreate From(long nodeId, Estate e) => new(
        nodeId, e.Address, e.YearBuilt, e.IsCompleteSet, e.Buildings, e.Households, e.FloorArea, e.ManagementRoomArea,
        e.IsManagementRoomInterim, e.Class, e.Status, e.Mode, e.IsPilot, e.IsBenchmark, e.SixHaves, e.EightHaves);
}

[StoredProcedure("Estate_ReadById")]
internal sealed record EstateReadById(long Id) : IQuery<Estate>;

/// <summary>Live estates under the scope in path order after @AfterPath (NULL: from the start), at most @Take.</summary>
[StoredProcedure("Estate_ReadByScopePathAfterPath")]
internal sealed record EstateReadByScopePathAfterPath(string ScopePath, string? AfterPath, int Take) : IQuery<Estate>;

[StoredProcedure("Estate_ReadByQuery")]
internal sealed record EstateReadByQuery(
    string ScopePath,
    string? Text,
    long? CommunityId,
    EstateClass? Class,
    ManagementStatus? Status,
    int ExceptModes,
    bool? SixHavesComplete,
    bool IncludeRetired,
    EstateSort Sort,
    bool Descending,
    int Page,
    int PageSize) : IQuery<Estate>
{
    /// <summary>How many estates match in all (the proc's OUTPUT parameter).</summary>
    [Output]
    public int TotalCount { get; set; }
}

[StoredProcedure("Estate_ReadSubtotalsByQuery")]
internal sealed record EstateReadSubtotalsByQuery(
    string ScopePath,
    string? Text,
    long? CommunityId,
    EstateClass? Class,
    ManagementStatus? Status,
    int ExceptModes,
    bool? SixHavesComplete,
    bool IncludeRetired) : IQuery<CommunityClassSubtotal>;

[StoredProcedure("Estate_ReadSubDistrictSubtotalsByQuery")]
internal sealed record EstateReadSubDistrictSubtotalsByQuery(
    string ScopePath,
    string? Text,
    long? CommunityId,
    EstateClass? Class,
    ManagementStatus? Status,
    int ExceptModes,
    bool? SixHavesComplete,
    bool IncludeRetired) : IQuery<SubDistrictClassSubtotal>;

[StoredProcedure("Estate_Update")]
internal sealed record EstateUpdate(
    long Id,
    string Name,
    string? Address,
    int? YearBuilt,
    bool IsCompleteSet,
    int Buildings,
    int Households,
    decimal FloorArea,
    decimal? ManagementRoomArea,
    bool IsManagementRoomInterim,
    EstateClass Class,
    ManagementStatus Status,
    ManagementMode Mode,
    bool IsPilot,
    bool IsBenchmark,
    SixHaves SixHaves,
    EightHaves EightHaves,
    long Version) : ICommand
{
    public static EstateUpdate From(Estate e, string name) => new(
        e.Id, name, e.Address, e.YearBuilt, e.IsCompleteSet, e.Buildings, e.Households, e.FloorArea, e.ManagementRoomArea,
        e.IsManagementRoomInterim, e.Class, e.Status, e.Mode, e.IsPilot, e.IsBenchmark, e.SixHaves, e.EightHaves, e.Version);
}

/// <summary>Writes the registry facts an accepted return decided (Core's ReturnAcceptance): status, mode, six haves, strike-off date.</summary>
[StoredProcedure("Estate_UpdateStrikeOff")]
internal sealed record EstateUpdateStrikeOff(long Id, ManagementStatus Status, ManagementMode Mode, SixHaves SixHaves, DateOnly? StruckOffDate) : IQuery<RowsUpdated>
{
    public static EstateUpdateStrikeOff From(Core.Returns.RegistryUpdate u) => new(u.EstateId, u.Status, u.Mode, u.SixHaves, u.StruckOffDate);
}

/// <summary>The registry facts a weekly return shows pre-filled, of every live estate of the sub-district.</summary>
[StoredProcedure("Estate_ReadRegistryFactsBySubDistrictId")]
internal sealed record EstateReadRegistryFactsBySubDistrictId(long SubDistrictId) : IQuery<Core.Returns.RegistryFacts>;
