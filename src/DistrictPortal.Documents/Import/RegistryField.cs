namespace DistrictPortal.Documents.Import;

/// <summary>The columns of the registry template (调研摸底表), in template order.</summary>
public enum RegistryField
{
    Community,
    Name,
    Address,
    YearBuilt,
    IsCompleteSet,
    Buildings,
    Households,
    FloorArea,
    ManagementRoomArea,
    Class,
    Status,
    IsPilot,
    IsBenchmark,
}

/// <summary>Template headers and the matching of what people actually type in a header cell.</summary>
public static class RegistryFields
{
    public const string SheetName = "小区台账";

    /// <summary>Header text as the template writes it; the part before a bracket is what a header must match.</summary>
    public static readonly IReadOnlyList<(RegistryField Field, string Header)> Template =
    [
        (RegistryField.Community, "社区"),
        (RegistryField.Name, "小区名称"),
        (RegistryField.Address, "地址"),
        (RegistryField.YearBuilt, "建成年份"),
        (RegistryField.IsCompleteSet, "成套住房（是/否）"),
        (RegistryField.Buildings, "楼栋数"),
        (RegistryField.Households, "户数"),
        (RegistryField.FloorArea, "建筑总面积（m²）"),
        (RegistryField.ManagementRoomArea, "物管用房面积（m²）"),
        (RegistryField.Class, "分类（一类/二类/三类/未分类）"),
        (RegistryField.Status, "管理状态（专业物业/单位自管/无物业/保障房）"),
        (RegistryField.IsPilot, "试点（是/否）"),
        (RegistryField.IsBenchmark, "标杆（是/否）"),
    ];

    // Other words seen for the same columns in sub-districts' own sheets.
    private static readonly IReadOnlyDictionary<string, RegistryField> Aliases = new Dictionary<string, RegistryField>
    {
        ["社区名称"] = RegistryField.Community,
        ["所属社区"] = RegistryField.Community,
        ["小区"] = RegistryField.Name,
        ["小区地址"] = RegistryField.Address,
        ["建成年代"] = RegistryField.YearBuilt,
        ["是否成套"] = RegistryField.IsCompleteSet,
        ["成套"] = RegistryField.IsCompleteSet,
        ["栋数"] = RegistryField.Buildings,
        ["楼栋"] = RegistryField.Buildings,
        ["住户数"] = RegistryField.Households,
        ["总户数"] = RegistryField.Households,
        ["建筑面积"] = RegistryField.FloorArea,
        ["总建筑面积"] = RegistryField.FloorArea,
        ["物业用房面积"] = RegistryField.ManagementRoomArea,
        ["物管用房"] = RegistryField.ManagementRoomArea,
        ["小区分类"] = RegistryField.Class,
        ["类别"] = RegistryField.Class,
        ["是否试点"] = RegistryField.IsPilot,
        ["是否标杆"] = RegistryField.IsBenchmark,
    };

    /// <summary>Headers that are not data and need no notice.</summary>
    public static bool IsNumbering(string header) => Key(header) is "序号" or "编号" or "no" or "no.";

    public static string HeaderOf(RegistryField field) => Template.First(t => t.Field == field).Header;

    /// <summary>The short column name for messages: "建筑总面积".</summary>
    public static string LabelOf(RegistryField field) => Key(HeaderOf(field));

    public static RegistryField? Match(string header)
    {
        var key = Key(header);
        if (key.Length == 0)
            return null;
        foreach (var (field, text) in Template)
        {
            if (Key(text) == key)
                return field;
        }
        return Aliases.TryGetValue(key, out var alias) ? alias : null;
    }

    /// <summary>"建筑总面积（m²）" → "建筑总面积": no whitespace or line breaks, nothing from the first bracket on.</summary>
    public static string Key(string header)
    {
        var text = CellText.Key(header);
        var bracket = text.IndexOfAny(['(', '[']);
        if (bracket > 0)
            text = text[..bracket];
        return text.ToLowerInvariant();
    }
}
