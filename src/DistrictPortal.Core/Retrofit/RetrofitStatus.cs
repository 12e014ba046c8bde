namespace DistrictPortal.Core.Retrofit;

/// <summary>A project's stage: 计划 planned, 施工中 in works, 已竣工 completed, 已验收接收 accepted. Only accepted area counts.</summary>
public enum RetrofitStatus
{
    Planned = 1,
    InWorks = 2,
    Completed = 3,
    Accepted = 4,
}

/// <summary>The works lists of P8 (三、整治内容), as a flag set: a project usually does several.</summary>
[Flags]
public enum RetrofitWorkItems
{
    None = 0,
    /// <summary>围墙和管理区域划分 enclosure and demarcation of a management area.</summary>
    Enclosure = 1,
    /// <summary>防盗单元门、监控 anti-theft unit doors and CCTV.</summary>
    DoorsAndCctv = 2,
    /// <summary>消防设施 fire facilities.</summary>
    FireFacilities = 4,
    /// <summary>物管用房 the management room.</summary>
    ManagementRoom = 8,
    /// <summary>环境整治: road levelling, parking bays, bike sheds, greening, public lighting.</summary>
    Environment = 16,
    /// <summary>房屋整治: roofs and common parts, facades, stairwells, cables, dangerous-housing repair.</summary>
    Housing = 32,
    /// <summary>管网改造: water, power, gas.</summary>
    UtilityNetworks = 64,
    All = 127,
}

/// <summary>A retrofit programme, e.g. P8's 老旧住宅小区物业管理提升工程 over three years, owned by the node that set it (the city).</summary>
public sealed class RetrofitProgramme
{
    public long Id { get; set; }
    public long NodeId { get; set; }
    public string Name { get; set; } = "";
    public int FirstYear { get; set; }
    public int LastYear { get; set; }
    public long Version { get; set; }

    public bool Covers(int year) => year >= FirstYear && year <= LastYear;

    /// <summary>1 for the first year of the programme.</summary>
    public int YearNumber(int year) => year - FirstYear + 1;
}
