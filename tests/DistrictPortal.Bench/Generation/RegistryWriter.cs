using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Web.Infrastructure.DemoData;
using Microsoft.Data.Sqlite;

namespace DistrictPortal.Bench.Generation;

/// <summary>
/// The hierarchy and the registry: Node rows with their materialised paths and Estate rows with the demo factory's
/// plausible facts. Each sub-district gets a campaign list of its own size (a few, a few dozen, or over a hundred
/// unmanaged estates), so the league's peer bands (≤ 10, 11–30, > 30) are all populated.
/// </summary>
internal sealed class RegistryWriter(CityShape shape, Random random)
{
    private static readonly string[] Places =
    [
        "东湖", "西山", "南岸", "北城", "中华", "解放", "朝天", "石桥", "龙门", "凤鸣", "青龙", "白沙", "金山", "银河", "玉泉", "翠湖",
        "黄桷", "红岩", "江北", "渝州", "嘉陵", "长滨", "观音", "大坪", "化龙", "双碑", "歌乐", "沙坪", "杨家", "九龙", "花溪", "李家",
    ];

    private static readonly string[] CommunityStems = ["朝阳", "向荣", "新民", "春晖", "和睦", "民安", "光荣", "友谊", "建新", "永兴", "桂花", "丰收"];

    public List<ListedEstate> Baseline { get; } = [];

    public string SubDistrictName(int index) => $"{Places[(index - 1) % Places.Length]}{(index - 1) / Places.Length + 1}号街道";

    public void Write(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var nodes = new Inserter(connection, "Node", "Id", "ParentId", "Level", "Name", "Path", "SortOrder", "Version") { Transaction = transaction };
        using var estates = new Inserter(connection, "Estate",
            "Id", "Address", "YearBuilt", "IsCompleteSet", "Buildings", "Households", "FloorArea", "ManagementRoomArea",
            "IsManagementRoomInterim", "Class", "Status", "Mode", "IsPilot", "IsBenchmark", "SixHaves", "EightHaves", "Version")
        { Transaction = transaction };

        nodes.Run(CityShape.CityId, null, NodeLevel.City, "基准市", $"/{CityShape.CityId}/", 0, 1);
        var districtPath = $"/{CityShape.CityId}/{CityShape.DistrictId}/";
        nodes.Run(CityShape.DistrictId, CityShape.CityId, NodeLevel.District, "基准区", districtPath, 0, 1);
        var factory = new DemoEstateFactory(shape.Seed);

        for (var s = 1; s <= shape.SubDistricts; s++)
        {
            var subDistrictId = shape.SubDistrictId(s);
            var subDistrictPath = $"{districtPath}{subDistrictId}/";
            nodes.Run(subDistrictId, CityShape.DistrictId, NodeLevel.SubDistrict, SubDistrictName(s), subDistrictPath, s, 1);
            var listSize = ListSize();
            var perCommunity = (int)Math.Ceiling(listSize / (double)shape.CommunitiesPerSubDistrict);
            var listedHere = 0;
            for (var c = 1; c <= shape.CommunitiesPerSubDistrict; c++)
            {
                var communityId = shape.CommunityId(s, c);
                var communityName = $"{CommunityStems[(c - 1) % CommunityStems.Length]}{(c - 1) / CommunityStems.Length + 1}社区";
                var communityPath = $"{subDistrictPath}{communityId}/";
                nodes.Run(communityId, subDistrictId, NodeLevel.Community, communityName, communityPath, c, 1);
                for (var e = 1; e <= shape.EstatesPerCommunity; e++)
                {
                    var estate = factory.Create(communityId, communityName, (EstateClass)random.Next(1, 4), isPilot: false);
                    estate.Id = shape.EstateId(s, c, e);
                    var listed = e <= perCommunity && listedHere < listSize;
                    if (listed)
                    {
                        (estate.Status, estate.Mode) = (ManagementStatus.Unmanaged, ManagementMode.None);
                        Baseline.Add(new ListedEstate(estate.Id, s, estate.Name, estate.Households));
                        listedHere++;
                    }
                    else if (estate.Status == ManagementStatus.Unmanaged)
                    {
                        // Off the list means managed already: only the listed estates are unmanaged at the start.
                        (estate.Status, estate.Mode, estate.SixHaves) = (ManagementStatus.Professional, ManagementMode.PropertyEnterprise, SixHaves.All);
                    }
                    nodes.Run(estate.Id, communityId, NodeLevel.Estate, estate.Name, $"{communityPath}{estate.Id}/", e, 1);
                    estates.Run(estate.Id, estate.Address, estate.YearBuilt, estate.IsCompleteSet, estate.Buildings, estate.Households,
                        estate.FloorArea, estate.ManagementRoomArea, estate.IsManagementRoomInterim, estate.Class, estate.Status,
                        estate.Mode, estate.IsPilot, estate.IsBenchmark, estate.SixHaves, estate.EightHaves, 1);
                }
            }
        }
    }

    /// <summary>
    /// The homes after the last week, as the returns' acceptance and the committee page would have left them (README, "Where
    /// each fact lives"): an estate struck off takes the status of its mode, all six haves and its strike-off date; an open
    /// one keeps its status with the six haves reported; a consultation and a committee reported in a row are the
    /// estate's consultation record and first committee term. So the returns, the registry and the committee pages agree.
    /// </summary>
    public Action<SqliteConnection, SqliteTransaction> WriteFinalFacts(IReadOnlyList<Core.Returns.ReturnRow> rows) => (connection, transaction) =>
    {
        using var struck = new Updater(connection, transaction,
            "UPDATE Estate SET Status = $p0, Mode = $p1, SixHaves = 63, StruckOffDate = $p2, Version = Version + 1 WHERE Id = $p3", 4);
        using var open = new Updater(connection, transaction, "UPDATE Estate SET SixHaves = $p0, Version = Version + 1 WHERE Id = $p1", 2);
        using var consultations = new Inserter(connection, "EstateConsultation",
            "EstateId", "StartDate", "EndDate", "Households", "BallotsReturned", "VotesForProfessional", "VotesForCommunityBased", "Version") { Transaction = transaction };
        using var committees = new Inserter(connection, "OwnersCommittee", "EstateId", "Term", "MeetingDate", "TermEndDate", "Version") { Transaction = transaction };
        foreach (var row in rows)
        {
            if (row.IsStruckOff)
            {
                var status = row.Mode is ManagementMode.PropertyEnterprise or ManagementMode.SubDistrictPackage
                    ? ManagementStatus.Professional
                    : ManagementStatus.UnitSelfManaged;
                struck.Run((int)status, (int)row.Mode, row.StruckOffDate!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), row.EstateId);
            }
            else
            {
                open.Run((int)row.SixHaves, row.EstateId);
            }
            if (row.ConsultationDate is { } consulted)
            {
                // More than half of all households for professional management where the estate went that way (P8).
                var forProfessional = row.Mode == ManagementMode.PropertyEnterprise ? row.Households / 2 + 1 : row.Households / 5;
                consultations.Run(row.EstateId, consulted.AddDays(-10), consulted, row.Households, row.Households * 4 / 5,
                    forProfessional, Math.Max(0, row.Households * 4 / 5 - forProfessional), 1);
            }
            if (row.CommitteeElectedDate is { } elected)
                committees.Run(row.EstateId, 1, elected, elected.AddYears(5).AddDays(-1), 1);
        }
    };

    /// <summary>One prepared UPDATE run for many rows, its parameters $p0, $p1, … in order.</summary>
    private sealed class Updater : IDisposable
    {
        private readonly SqliteCommand command;

        public Updater(SqliteConnection connection, SqliteTransaction transaction, string sql, int parameters)
        {
            command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            for (var i = 0; i < parameters; i++)
                command.Parameters.Add(new SqliteParameter($"$p{i}", null));
            command.Prepare();
        }

        public void Run(params object[] values)
        {
            for (var i = 0; i < values.Length; i++)
                command.Parameters[i].Value = values[i];
            command.ExecuteNonQuery();
        }

        public void Dispose() => command.Dispose();
    }

    /// <summary>15% small lists (3–10), 35% medium (11–30), 50% large (31–120): about 9,000 estates in all.</summary>
    private int ListSize()
    {
        var band = random.NextDouble();
        var size = band < 0.15 ? random.Next(3, 11) : band < 0.5 ? random.Next(11, 31) : random.Next(31, 121);
        return Math.Min(size, shape.CommunitiesPerSubDistrict * shape.EstatesPerCommunity);
    }
}
