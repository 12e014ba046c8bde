using DistrictPortal.Core.Estates;

namespace DistrictPortal.Web.Infrastructure.DemoData;

/// <summary>
/// Builds plausible, deterministic demo estates: the same seed gives the same registry on every machine, so
/// screenshots, tests and the README agree.
/// </summary>
public sealed class DemoEstateFactory(int seed)
{
    private static readonly string[] Stems =
    [
        "和平", "建设", "红旗", "工人新村", "光明", "团结", "幸福", "胜利", "人民", "解放",
        "向阳", "东风", "长江", "嘉陵", "枇杷山", "健康", "文化", "新华", "民主", "育才",
        "电力", "邮电", "粮食局", "纺织", "机械厂", "棉纺", "轻工", "交通", "水电", "化工",
        "园林", "银行", "供销", "铁路", "商业", "教师", "医院", "航运", "建材", "冶金",
    ];

    private readonly Random _random = new(seed);
    private readonly Dictionary<long, int> _perCommunity = [];
    private int _sequence;

    public Estate Create(long communityId, string communityName, EstateClass estateClass, bool isPilot)
    {
        var index = _sequence++;
        var inCommunity = _perCommunity[communityId] = _perCommunity.GetValueOrDefault(communityId) + 1;
        var households = _random.Next(24, 640);
        var floorArea = Math.Round(households * (decimal)(55 + _random.NextDouble() * 35), 2);
        var status = DemoHierarchy.StatusFor(estateClass, _random);
        var required = ManagementRoomCheck.RequiredArea(floorArea);
        // About a third of the rooms fall short of 5‰, and some of those are interim rooms (P8).
        var room = _random.Next(3) == 0 ? Math.Round(required * (decimal)(0.3 + _random.NextDouble() * 0.6), 2) : required + _random.Next(0, 40);
        var sixHaves = status == ManagementStatus.Unmanaged ? (SixHaves)_random.Next(0, 64) : SixHaves.All;
        return new Estate
        {
            CommunityId = communityId,
            Name = NameFor(communityName, inCommunity - 1),
            Address = $"{communityName}{_random.Next(1, 300)}号",
            YearBuilt = _random.Next(1962, 2016),
            IsCompleteSet = _random.Next(5) != 0,
            Buildings = Math.Max(1, households / _random.Next(24, 96)),
            Households = households,
            FloorArea = floorArea,
            ManagementRoomArea = room,
            IsManagementRoomInterim = room < required && _random.Next(2) == 0,
            Class = estateClass,
            Status = status,
            // Only a professionally managed estate is run by an enterprise: 保障房 is the sub-district service centre's and
            // 单位自管 the unit's own, so neither is shown as taken over by one (issue 13).
            Mode = status == ManagementStatus.Professional ? ManagementMode.PropertyEnterprise : ManagementMode.None,
            IsPilot = isPilot,
            IsBenchmark = isPilot && index % 7 == 0,
            SixHaves = sixHaves,
            EightHaves = status == ManagementStatus.Unmanaged ? (EightHaves)_random.Next(0, 256) : EightHaves.All,
        };
    }

    private static string NameFor(string communityName, int index)
    {
        var stem = Stems[index % Stems.Length];
        var phase = index / Stems.Length;
        var prefix = communityName.Length >= 2 ? communityName[..2] : communityName;
        return phase == 0 ? $"{prefix}{stem}小区" : $"{prefix}{stem}小区{phase + 1}期";
    }
}
