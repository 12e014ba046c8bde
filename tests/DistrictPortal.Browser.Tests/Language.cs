namespace DistrictPortal.Browser.Tests;

/// <summary>
/// A language the walk runs in: the header switch's value and the texts the walk expects to read (taken from the
/// resource files as a user sees them, so a missing or untranslated text fails the walk).
/// </summary>
public sealed record Language(
    string Name,
    string Culture,
    string HtmlLang,
    string SignIn,
    string FileReturn,
    string Submitted,
    string SentBack,
    string RowReason,
    string Accepted,
    string ExportExcel)
{
    public static readonly Language Chinese = new("zh", "zh-CN", "zh-CN",
        SignIn: "登录", FileReturn: "填报本周周报", Submitted: "周报已提交", SentBack: "周报已退回街道修改",
        RowReason: "退回意见：", Accepted: "周报已审核通过并锁定",
        ExportExcel: "导出 Excel");

    public static readonly Language English = new("en", "en", "en",
        SignIn: "Sign in", FileReturn: "File this week's return", Submitted: "Return submitted", SentBack: "Return sent back to the sub-district",
        RowReason: "Reviewer:", Accepted: "Return accepted and locked",
        ExportExcel: "Export to Excel");

    public override string ToString() => Name;
}
