namespace DistrictPortal.Core.Estates;

/// <summary>
/// 六有, the basic standard of the zero-unmanaged campaign (P11): 有组织机构 organisation, 有清扫保洁 cleaning,
/// 有物业维修 repairs, 有绿化养护 greening upkeep, 有安全防范 security, 有停车管理 parking management.
/// Stored as a bit set.
/// </summary>
[Flags]
public enum SixHaves
{
    None = 0,
    Organisation = 1 << 0,
    Cleaning = 1 << 1,
    Repairs = 1 << 2,
    Greening = 1 << 3,
    Security = 1 << 4,
    Parking = 1 << 5,
    All = Organisation | Cleaning | Repairs | Greening | Security | Parking,
}

/// <summary>
/// 八个有 of the old-estate upgrade (P8): 有物管用房 management room, 有公共保洁 public cleaning, 有秩序维护 order
/// keeping, 有停车管理 parking, 有设施维保 facility upkeep, 有绿化养护 greening, 有道路保养 road upkeep,
/// 有维修管理 repair management.
/// </summary>
[Flags]
public enum EightHaves
{
    None = 0,
    ManagementRoom = 1 << 0,
    PublicCleaning = 1 << 1,
    OrderKeeping = 1 << 2,
    Parking = 1 << 3,
    FacilityUpkeep = 1 << 4,
    Greening = 1 << 5,
    RoadUpkeep = 1 << 6,
    RepairManagement = 1 << 7,
    All = ManagementRoom | PublicCleaning | OrderKeeping | Parking | FacilityUpkeep | Greening | RoadUpkeep | RepairManagement,
}

public static class Haves
{
    public static int Count(SixHaves haves) => System.Numerics.BitOperations.PopCount((uint)(haves & SixHaves.All));
    public static int Count(EightHaves haves) => System.Numerics.BitOperations.PopCount((uint)(haves & EightHaves.All));
    public static bool IsComplete(SixHaves haves) => (haves & SixHaves.All) == SixHaves.All;
    public static bool IsComplete(EightHaves haves) => (haves & EightHaves.All) == EightHaves.All;
}
