using DistrictPortal.Core.Common;
using DistrictPortal.Core.Enterprises;
using DistrictPortal.Documents.Excel;
using DistrictPortal.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Features.Enterprises;

/// <summary>The enterprise form as posted; Core checks it (<see cref="EnterpriseService.Validate"/>).</summary>
public sealed class EnterpriseForm
{
    public string? Name { get; set; }
    public string? CreditCode { get; set; }
    public bool IsStateOwned { get; set; }
    public string? ContactName { get; set; }
    public string? ContactPhone { get; set; }

    public EnterpriseInput ToInput() => new(Name, CreditCode, IsStateOwned, ContactName, ContactPhone);

    public static EnterpriseForm From(Enterprise e) => new()
    {
        Name = e.Name, CreditCode = e.CreditCode, IsStateOwned = e.IsStateOwned, ContactName = e.ContactName, ContactPhone = e.ContactPhone,
    };
}

public sealed record EnterpriseFormViewModel(EnterpriseForm Form, IReadOnlyList<string> Errors);

public sealed record EnterpriseListViewModel(PagedResult<Enterprise> Page, string? Query, bool StateOwnedOnly, int EndingSoon, bool CanAdd)
{
    public string PageUrl(int page) =>
        $"/enterprises?q={Uri.EscapeDataString(Query ?? "")}&stateOwned={(StateOwnedOnly ? "true" : "false")}&page={page}";

    public string ExportUrl => $"/enterprises/export.xlsx?q={Uri.EscapeDataString(Query ?? "")}&stateOwned={(StateOwnedOnly ? "true" : "false")}";
}

public sealed record EnterpriseDetailViewModel(
    Enterprise Enterprise, IReadOnlyList<ServiceContract> Contracts, EnterpriseForm Form, IReadOnlyList<string> Errors, bool CanEdit, DateOnly Today);

public sealed record EndingViewModel(IReadOnlyList<ServiceContract> Contracts, DateOnly Today);

/// <summary>The register's and the ending list's workbooks (filed in Chinese, as every export).</summary>
public static class EnterpriseExport
{
    public static TableExport Register(IReadOnlyList<Enterprise> rows, IReadOnlyDictionary<long, int> current, string scope, DateOnly today) =>
        new(scope, "物业服务企业", today,
            [
                TableColumn.Text("企业名称"),
                TableColumn.Text("统一社会信用代码"),
                TableColumn.Text("国有企业"),
                TableColumn.Text("联系人"),
                TableColumn.Text("联系电话"),
                TableColumn.Integer("本范围内现行合同小区数", sums: true),
            ],
            rows.Select(e => (IReadOnlyList<object?>)
            [
                e.Name, e.CreditCode, e.IsStateOwned ? "是" : "否", e.ContactName, e.ContactPhone, current.GetValueOrDefault(e.Id),
            ]).ToList())
        {
            TitleOverride = "物业服务企业名录",
            SheetNameOverride = "物业服务企业",
            AsOfLabel = Documents.AsOfText.Label(Core.Returns.AsOf.Live(today)),
        };

    public static TableExport Ending(IReadOnlyList<ServiceContract> rows, string scope, DateOnly today, IStringLocalizer l) =>
        new(scope, "90天内到期合同", today,
            [
                TableColumn.Text("街道"),
                TableColumn.Text("小区"),
                TableColumn.Text("物业服务企业"),
                TableColumn.Date("合同开始"),
                TableColumn.Date("合同截止"),
                TableColumn.Integer("剩余天数"),
                TableColumn.Decimal("物业费（元/m²·月）"),
                TableColumn.Text("服务等级"),
            ],
            rows.Select(c => (IReadOnlyList<object?>)
            [
                c.SubDistrictName, c.EstateName, c.EnterpriseName, c.StartDate, c.LastDay, ContractRules.DaysLeft(c, today),
                c.FeePerSquareMetre, l.Enum(c.Level),
            ]).ToList())
        {
            TitleOverride = $"{scope} 90天内到期的物业服务合同",
            SheetNameOverride = "到期合同",
            AsOfLabel = Documents.AsOfText.Label(Core.Returns.AsOf.Live(today)),
        };

    /// <summary>
    /// One estate's contracts (/contracts/{estateId}) or one enterprise's inside the reader's scope (/enterprises/{id}), as
    /// the page's table shows them: <paramref name="showEstate"/> adds the sub-district and estate columns.
    /// </summary>
    public static TableExport Contracts(
        IReadOnlyList<ServiceContract> rows, string title, string scope, DateOnly today, bool showEstate, IStringLocalizer l) =>
        new(scope, "物业服务合同", today,
            [
                .. showEstate ? new[] { TableColumn.Text("街道"), TableColumn.Text("小区") } : [],
                TableColumn.Text("物业服务企业"),
                TableColumn.Date("合同开始"),
                TableColumn.Date("合同截止"),
                TableColumn.Text("提前终止"),
                TableColumn.Decimal("物业费（元/m²·月）"),
                TableColumn.Text("服务等级"),
                TableColumn.Date("签订日期"),
                TableColumn.Text("状态"),
            ],
            rows.Select(c => (IReadOnlyList<object?>)
            [
                .. showEstate ? new object?[] { c.SubDistrictName, c.EstateName } : [],
                c.EnterpriseName, c.StartDate, c.LastDay, c.EndedOn is null ? "否" : "是", c.FeePerSquareMetre, l.Enum(c.Level), c.SignedOn,
                State(c, today, l),
            ]).ToList())
        {
            TitleOverride = title,
            SheetNameOverride = "物业服务合同",
            AsOfLabel = Documents.AsOfText.Label(Core.Returns.AsOf.Live(today)),
        };

    /// <summary>The state the page's table shows (履行中, 未开始, 已到期).</summary>
    private static string State(ServiceContract c, DateOnly today, IStringLocalizer l) =>
        ContractRules.IsCurrent(c, today) ? l["Contracts.Current"] : c.StartDate > today ? l["Contracts.Future"] : l["Contracts.Past"];
}
