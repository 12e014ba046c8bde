using DistrictPortal.Core.Estates;

namespace DistrictPortal.Data.SqlServer.Procedures;

// Rows that procedures return and no Core entity models. Settable properties, one per column of the final SELECT
// (checked offline like the entities).

/// <summary>An estate's registry status and mode as they were before [dbo].[Estate_UpdateStrikeOff].</summary>
internal sealed class EstateRegistryState
{
    public ManagementStatus Status { get; set; }
    public ManagementMode Mode { get; set; }
}

/// <summary>What [dbo].[WeeklyReturn_UpdateOverdue] did: the return's id, whether it made the draft, whether it marked it.</summary>
internal sealed class OverdueMark
{
    public long Id { get; set; }
    public bool Created { get; set; }
    public bool Marked { get; set; }
}
