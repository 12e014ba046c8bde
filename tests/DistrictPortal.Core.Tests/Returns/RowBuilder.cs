using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Returns;

namespace DistrictPortal.Core.Tests.Returns;

/// <summary>Rows for the week ending Fri 27 Nov 2026 (Sat 21 Nov – Fri 27 Nov).</summary>
internal static class RowBuilder
{
    public static readonly DateOnly WeekEnding = new(2026, 11, 27);
    public static readonly DateOnly Today = new(2026, 11, 27);

    public static ReturnRow Open(long id, string name = "", int households = 100) => new()
    {
        EstateId = id,
        EstateName = name.Length > 0 ? name : $"小区{id}",
        Households = households,
    };

    /// <summary>Struck off properly: a mode, all six haves, a date.</summary>
    public static ReturnRow StruckOff(long id, DateOnly date, int households = 100, string name = "") =>
        With(Open(id, name, households), r =>
        {
            r.IsStruckOff = true;
            r.StruckOffDate = date;
            r.Mode = ManagementMode.CommunityTrusteeship;
            r.SixHaves = SixHaves.All;
        });

    public static ReturnRow With(ReturnRow row, Action<ReturnRow> change)
    {
        change(row);
        return row;
    }

    public static WeeklyReturn Return(params ReturnRow[] rows) => new()
    {
        Id = 1,
        SubDistrictId = 3,
        SubDistrictName = "牌楼街道",
        WeekEnding = WeekEnding,
        Rows = [.. rows],
    };
}
