using System.Globalization;
using DistrictPortal.Core.Estates;
using DistrictPortal.Documents.Excel;
using DistrictPortal.Documents.Import.Xlsx;

namespace DistrictPortal.Documents.Import;

/// <summary>
/// Reads one estate row into an <see cref="Estate"/>, reporting each unreadable cell at its address, then runs
/// Core's <see cref="EstateValidator"/> so the import and the edit form apply the same rules.
/// </summary>
internal sealed class RegistryRowParser(
    IReadOnlyDictionary<RegistryField, int> columns,
    IReadOnlyDictionary<string, long> communityIds,
    RegistryImportContext context,
    SheetIssues issues)
{
    public ParsedEstateRow Parse(XlsxRow sheetRow)
    {
        var row = new ParsedEstateRow(sheetRow.Number);
        var estate = row.Estate;

        var community = Text(sheetRow, RegistryField.Community, row, required: true);
        if (community.Length > 0)
        {
            if (communityIds.TryGetValue(CellText.Key(community), out var id))
            {
                row.CommunityId = estate.CommunityId = id;
                estate.CommunityName = context.Communities.First(c => c.Id == id).Name;
            }
            else
            {
                Fail(row, RegistryField.Community, ImportCodes.UnknownCommunity,
                    $"社区“{community}”不在{context.SubDistrictName}的社区名单中（{string.Join("、", context.Communities.Select(c => c.Name).Take(12))}）。");
            }
        }

        estate.Name = Text(sheetRow, RegistryField.Name, row, required: true);
        var address = Text(sheetRow, RegistryField.Address, row, required: false);
        estate.Address = address.Length == 0 ? null : address;
        estate.YearBuilt = (int?)Number(sheetRow, RegistryField.YearBuilt, row, required: false, whole: true, suffix: "年");
        estate.IsCompleteSet = YesNo(sheetRow, RegistryField.IsCompleteSet, row, required: true);
        estate.Buildings = (int)(Number(sheetRow, RegistryField.Buildings, row, required: true, whole: true) ?? 0);
        estate.Households = (int)(Number(sheetRow, RegistryField.Households, row, required: true, whole: true) ?? 0);
        estate.FloorArea = Number(sheetRow, RegistryField.FloorArea, row, required: true, whole: false) ?? 0;
        estate.ManagementRoomArea = Number(sheetRow, RegistryField.ManagementRoomArea, row, required: false, whole: false);
        estate.IsPilot = YesNo(sheetRow, RegistryField.IsPilot, row, required: false);
        estate.IsBenchmark = YesNo(sheetRow, RegistryField.IsBenchmark, row, required: false);

        var classText = Text(sheetRow, RegistryField.Class, row, required: true);
        if (classText.Length > 0)
        {
            if (EstateLabels.TryParseClass(CellText.Key(classText), out var estateClass))
                row.Class = estate.Class = estateClass;
            else
                Fail(row, RegistryField.Class, ImportCodes.InvalidClass, $"分类“{classText}”无效，应为 一类、二类、三类 或 未分类。");
        }

        var statusText = Text(sheetRow, RegistryField.Status, row, required: true);
        if (statusText.Length > 0)
        {
            if (EstateLabels.TryParseStatus(CellText.Key(statusText), out var status))
                estate.Status = status;
            else
                Fail(row, RegistryField.Status, ImportCodes.InvalidStatus, $"管理状态“{statusText}”无效，应为 专业物业、单位自管、无物业 或 保障房。");
        }
        return row;
    }

    /// <summary>Core's rules on the estate as it would be saved (for a change: the existing estate with the upload's facts).</summary>
    public void Validate(ParsedEstateRow row, Estate toSave)
    {
        if (!Enum.IsDefined(toSave.Status))
            toSave.Status = ManagementStatus.Unmanaged; // unreadable, already reported; keeps the validator on the other fields
        foreach (var error in EstateValidator.Validate(toSave, context.CurrentYear))
        {
            var field = error.Field switch
            {
                nameof(Estate.Name) => RegistryField.Name,
                nameof(Estate.Address) => RegistryField.Address,
                nameof(Estate.YearBuilt) => RegistryField.YearBuilt,
                nameof(Estate.Buildings) => RegistryField.Buildings,
                nameof(Estate.Households) => RegistryField.Households,
                nameof(Estate.FloorArea) => RegistryField.FloorArea,
                nameof(Estate.ManagementRoomArea) => RegistryField.ManagementRoomArea,
                nameof(Estate.Class) => RegistryField.Class,
                nameof(Estate.Status) or nameof(Estate.Mode) => RegistryField.Status,
                _ => RegistryField.Community, // CommunityId: only missing when the community was already reported
            };
            if (row.FieldsWithIssues.Contains(field))
                continue;
            var (code, message) = Describe(error.Code, field, toSave);
            Fail(row, field, code, message);
        }
    }

    private (string Code, string Message) Describe(string code, RegistryField field, Estate e)
    {
        var label = RegistryFields.LabelOf(field);
        return code switch
        {
            "Required" => (ImportCodes.Required, $"“{label}”不能为空。"),
            "TooLong" => (ImportCodes.TooLong, $"“{label}”太长（最多 {(field == RegistryField.Name ? EstateValidator.MaxNameLength : EstateValidator.MaxAddressLength)} 个字）。"),
            "YearOutOfRange" => (ImportCodes.YearOutOfRange, $"建成年份 {e.YearBuilt} 不可能，应在 {EstateValidator.EarliestYearBuilt} 至 {context.CurrentYear} 年之间。"),
            "NotNegative" => (ImportCodes.Negative, $"“{label}”不能为负数（填的是 {ValueOf(field, e)}）。"),
            "MustBePositive" => (ImportCodes.MustBePositive, $"“{label}”必须大于 0（填的是 {ValueOf(field, e)}）。"),
            "RoomLargerThanEstate" => (ImportCodes.RoomLargerThanEstate, $"物管用房面积 {e.ManagementRoomArea:0.##} m² 大于建筑总面积 {e.FloorArea:0.##} m²。"),
            "UnmanagedHasNoMode" => (ImportCodes.UnmanagedHasMode, $"管理状态填“无物业”，但系统中该小区已登记管理方式“{EstateLabels.Of(e.Mode)}”。请先在系统中更正管理方式。"),
            // Core's plausible ranges and text rule (FieldLimits, TextRule), said here with the cell's value.
            "TooLarge" => ("ValueTooLarge", $"“{label}”超出合理范围（填的是 {ValueOf(field, e)}）。"),
            "TwoDecimals" => ("TwoDecimals", $"“{label}”最多保留两位小数（填的是 {ValueOf(field, e)}）。"),
            "ControlCharacters" => ("ControlCharacters", $"“{label}”含有不允许的控制字符或文字方向字符。"),
            _ => (code, $"“{label}”无效（{code}）。"),
        };
    }

    private static string ValueOf(RegistryField field, Estate e) => field switch
    {
        RegistryField.Buildings => e.Buildings.ToString(CultureInfo.InvariantCulture),
        RegistryField.Households => e.Households.ToString(CultureInfo.InvariantCulture),
        RegistryField.FloorArea => e.FloorArea.ToString("0.##", CultureInfo.InvariantCulture),
        RegistryField.ManagementRoomArea => e.ManagementRoomArea?.ToString("0.##", CultureInfo.InvariantCulture) ?? "",
        _ => "",
    };

    private string Text(XlsxRow sheetRow, RegistryField field, ParsedEstateRow row, bool required)
    {
        var cell = sheetRow.Cell(columns[field]);
        if (CellText.Problem(cell) is var (code, problem))
        {
            Fail(row, field, code, $"“{RegistryFields.LabelOf(field)}”{problem}");
            return "";
        }
        var text = CellText.Normalise(CellText.Read(cell));
        if (required && text.Length == 0)
            Fail(row, field, ImportCodes.Required, $"“{RegistryFields.LabelOf(field)}”不能为空。");
        return text;
    }

    private decimal? Number(XlsxRow sheetRow, RegistryField field, ParsedEstateRow row, bool required, bool whole, string? suffix = null)
    {
        var label = RegistryFields.LabelOf(field);
        var stored = sheetRow.Cell(columns[field]);
        var cell = CellText.ReadNumber(stored, suffix);
        switch (cell.State)
        {
            case NumberState.Blank:
                if (required)
                    Fail(row, field, ImportCodes.Required, $"“{label}”不能为空。");
                return null;
            case NumberState.Unreadable:
                var (code, problem) = CellText.Problem(stored)!.Value;
                Fail(row, field, code, $"“{label}”{problem}");
                return null;
            case NumberState.NotANumber:
                Fail(row, field, ImportCodes.NotANumber, $"“{label}”应为数字，填的是“{cell.Text}”。");
                return null;
        }
        if (whole && cell.Value != Math.Truncate(cell.Value))
        {
            Fail(row, field, ImportCodes.NotWholeNumber, $"“{label}”应为整数，填的是 {cell.Value.ToString(CultureInfo.InvariantCulture)}。");
            return null;
        }
        if (whole && Math.Abs(cell.Value) > int.MaxValue)
        {
            Fail(row, field, ImportCodes.NotANumber, $"“{label}”的数值太大：{cell.Text}。");
            return null;
        }
        // Stored as decimal(18,2): rounding here keeps an unchanged re-upload from showing as a change.
        var value = whole ? cell.Value : Math.Round(cell.Value, 2, MidpointRounding.AwayFromZero);
        if (cell.FullWidth)
        {
            issues.Warning(ImportCodes.FullWidthDigits,
                $"“{label}”填的是全角数字“{cell.Text}”，已按 {value.ToString(CultureInfo.InvariantCulture)} 读取。", row.Row, columns[field]);
        }
        row.Numbers[field] = value;
        return value;
    }

    private bool YesNo(XlsxRow sheetRow, RegistryField field, ParsedEstateRow row, bool required)
    {
        var text = Text(sheetRow, field, row, required);
        if (text.Length == 0)
            return false; // 试点/标杆 left blank mean 否; a blank 成套住房 was reported as required
        if (EstateLabels.TryParseYesNo(CellText.Key(text), out var value))
            return value;
        Fail(row, field, ImportCodes.InvalidYesNo, $"“{RegistryFields.LabelOf(field)}”应填“是”或“否”，填的是“{text}”。");
        return false;
    }

    private void Fail(ParsedEstateRow row, RegistryField field, string code, string message)
    {
        row.HasError = true;
        row.FieldsWithIssues.Add(field);
        issues.Error(code, message, row.Row, columns[field]);
    }
}
