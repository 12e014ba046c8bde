using DistrictPortal.Core.Estates;
using DistrictPortal.Documents.Import;

namespace DistrictPortal.Documents.Tests.Import;

/// <summary>
/// A sheet as sub-districts really send it: 序号 first, header words spelt their own way, full-width digits from the
/// input method, numbers typed as text with separators, a blank row, spaces in names, a 合 计 row and a signature line.
/// </summary>
public class MessySheetImportTests
{
    // 序号 A, 社区 B, 小区名称 C, 地址 D, 建成年份 E, 成套 F, 楼栋数 G, 户数 H, 面积 I, 物管 J, 分类 K, 状态 L, 试点 M, 标杆 N
    private static readonly string[] MessyHeaders =
        ["序号", "社区", "小区名称 ", "地址", "建成年代", "是否成套", "楼栋数", "户数", "建筑总面积(㎡)", "物业用房面积(m2)", "分类", "管理\n状态", "是否试点", "标杆"];

    private static RegistryImportPreview Preview()
    {
        var workbook = Pailou.Registry(
        [
            [1, "大河沟社区", "河沟新村", null, null, "是", "１７", 560, "12,345.50", null, "一类", "专业物业", "是", null],
            [],
            [2, " 牌楼 社区 ", "牌楼小区", "牌楼路1号", 1995, "是", 4, "２４０", 8000, 40, "二类", "失管", "否", "否"],
            [3, "太平社区", "太平里", "牌楼路1号", "1995年", "是", 4, 120, 8000.001, 40, "二类", "无物业", null, null],
            ["合 计", null, null, null, null, null, 25, 920, 28345.5, 80, null, null, null, null],
            ["填报人：张三　联系电话：0571-00000000"],
        ], MessyHeaders);
        return Pailou.Import(workbook, Pailou.Context(
            Pailou.Existing(11, "牌楼社区", "牌楼小区", households: 200),
            Pailou.Existing(12, "太平社区", "太平里"),
            Pailou.Existing(13, "万安社区", "万安新村")));
    }

    [Fact]
    public void Previews_one_new_one_changed_one_unchanged_with_no_errors()
    {
        var preview = Preview();
        Assert.False(preview.HasErrors, Pailou.Describe(preview));
        Assert.True(preview.CanCommit);
        Assert.Equal("小区台账", preview.RegistrySheet);
        Assert.Single(preview.ToAdd);
        Assert.Single(preview.ToChange);
        Assert.Equal(1, preview.UnchangedCount);
        Assert.Equal(["万安新村"], preview.NotInFile.Select(e => e.Name));
    }

    [Fact]
    public void The_new_estate_is_read_from_full_width_and_text_numbers_with_blanks_left_empty()
    {
        var (row, estate) = Preview().ToAdd.Single();
        Assert.Equal(4, row);
        Assert.Equal(Pailou.CommunityId("大河沟社区"), estate.CommunityId);
        Assert.Equal("河沟新村", estate.Name);
        Assert.Null(estate.Address);
        Assert.Null(estate.YearBuilt);
        Assert.Null(estate.ManagementRoomArea);
        Assert.Equal(17, estate.Buildings);
        Assert.Equal(12345.50m, estate.FloorArea);
        Assert.Equal(EstateClass.One, estate.Class);
        Assert.Equal(ManagementStatus.Professional, estate.Status);
        Assert.True(estate.IsPilot);
        Assert.False(estate.IsBenchmark);
        Assert.Equal(0, estate.Id);
    }

    [Fact]
    public void The_change_keeps_id_and_version_and_lists_what_changed()
    {
        var change = Preview().ToChange.Single();
        Assert.Equal(6, change.SourceRow);
        Assert.Equal(11, change.After.Id);
        Assert.Equal(7, change.After.Version);
        Assert.Equal(240, change.After.Households);
        Assert.Equal(ManagementStatus.Unmanaged, change.After.Status); // 失管 is the source's word for 无物业
        var only = Assert.Single(change.Changes);
        Assert.Equal(("Households", "户数", "200", "240"), (only.Field, only.Label, only.OldValue, only.NewValue));
    }

    [Fact]
    public void Full_width_digits_are_warnings_at_their_cells_and_the_rest_is_quiet()
    {
        var preview = Preview();
        var warnings = preview.Warnings.Select(w => (w.Code, w.Location)).ToList();
        Assert.Equal(
        [
            (ImportCodes.FullWidthDigits, "小区台账!G4"),
            (ImportCodes.FullWidthDigits, "小区台账!H6"),
            (ImportCodes.FooterIgnored, "小区台账!9"),
        ], warnings);
        var fullWidth = preview.Warnings.First();
        Assert.Equal(ImportSeverity.Warning, fullWidth.Severity);
        Assert.Contains("１７", fullWidth.Message);
        Assert.Contains("17", fullWidth.Message);
    }

    [Fact]
    public void A_合计_row_that_agrees_is_checked_and_not_imported()
    {
        var preview = Preview();
        Assert.DoesNotContain(preview.Issues, i => i.Code == ImportCodes.TotalRowMismatch);
        Assert.DoesNotContain(preview.ToAdd, a => a.Estate.Name.Contains("合"));
        Assert.DoesNotContain(preview.Issues, i => i.Row == 8);
    }
}
