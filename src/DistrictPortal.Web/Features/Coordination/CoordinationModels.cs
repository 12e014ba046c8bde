using DistrictPortal.Core.Coordination;
using DistrictPortal.Documents.Excel;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Features.Coordination;

public sealed record CoordinationListViewModel(
    IReadOnlyList<CoordinationItem> Items, IReadOnlyList<CoordinationAsk> Asks, CoordinationStatus? Status, bool CanManage, PortalClock Clock);

public sealed record CoordinationDetailViewModel(CoordinationItem Item, IReadOnlyList<MemberUnit> Units, bool CanManage, PortalClock Clock);

public sealed record MemberUnitsViewModel(IReadOnlyList<MemberUnit> Units, string? Name, IReadOnlyList<string> Errors);

/// <summary>
/// The state of each estate's newest coordination item, for the return page: the officer sees next to the row what became
/// of what the row asked. One read per page, not per row.
/// </summary>
public sealed class CoordinationStates(ICoordinationRepository store)
{
    public async Task<IReadOnlyDictionary<long, CoordinationItem>> ForAsync(string subDistrictPath) =>
        (await store.ListItemsAsync(subDistrictPath))
            .GroupBy(i => i.EstateId)
            .ToDictionary(g => g.Key, g => g.MaxBy(i => i.Id)!);
}

/// <summary>The list as a workbook: 牌楼街道_协调事项_2026-12-05.xlsx (live: an item's state is as of now).</summary>
public static class CoordinationExport
{
    public const string Subject = "协调事项";

    public static TableExport Table(IReadOnlyList<CoordinationItem> items, string scope, DateOnly today, IStringLocalizer l) =>
        new(scope, Subject, today,
            [
                TableColumn.Text("街道"),
                TableColumn.Text("小区"),
                TableColumn.Date("周报截至"),
                TableColumn.Text("需区级协调事项"),
                TableColumn.Text("承办单位"),
                TableColumn.Text("状态"),
            ],
            items.Select(i => (IReadOnlyList<object?>)
            [
                i.SubDistrictName, i.EstateName, i.WeekEnding, i.Ask, i.MemberUnitName, l.Enum(i.Status),
            ]).ToList())
        {
            TitleOverride = $"{scope} 需区级协调事项",
            SheetNameOverride = Subject,
            AsOfLabel = Documents.AsOfText.Label(Core.Returns.AsOf.Live(today)),
        };
}
