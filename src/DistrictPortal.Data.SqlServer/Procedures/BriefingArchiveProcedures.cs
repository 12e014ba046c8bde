using DistrictPortal.Core.Briefings;

namespace DistrictPortal.Data.SqlServer.Procedures;

// One record per [dbo].[BriefingArchive_*] procedure; the properties are its parameters (see StoredProcedureAttribute).

/// <summary>The new row's id, or null when the node already had a briefing archived for that week and snapshot.</summary>
[StoredProcedure("BriefingArchive_Create")]
internal sealed record BriefingArchiveCreate(long NodeId, string NodeName, DateOnly WeekEnding, string SnapshotId, DateTime GeneratedUtc, byte[] Pdf, bool IsProvisional)
    : IQuery<long?>
{
    public static BriefingArchiveCreate From(ArchivedBriefing b) => new(b.NodeId, b.NodeName, b.WeekEnding, b.SnapshotId, b.GeneratedUtc, b.Pdf, b.IsProvisional);
}

[StoredProcedure("BriefingArchive_ReadByScopePath")]
internal sealed record BriefingArchiveReadByScopePath(string ScopePath) : IQuery<ArchivedBriefing>;

[StoredProcedure("BriefingArchive_ReadById")]
internal sealed record BriefingArchiveReadById(long Id) : IQuery<ArchivedBriefing>;
