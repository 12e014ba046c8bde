namespace DistrictPortal.Data.SqlServer.Procedures;

// Rows that procedures return and no Core entity models. Settable properties, one per column of the final SELECT
// (checked offline like the entities).

/// <summary>How many rows a write changed: 0 when the row it names does not exist.</summary>
internal sealed class RowsUpdated
{
    public int Updated { get; set; }
}

/// <summary>What [dbo].[WeeklyReturn_UpdateOverdue] did: the return's id, whether it made the draft, whether it marked it.</summary>
internal sealed class OverdueMark
{
    public long Id { get; set; }
    public bool Created { get; set; }
    public bool Marked { get; set; }
}
