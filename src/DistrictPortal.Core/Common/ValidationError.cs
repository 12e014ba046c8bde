namespace DistrictPortal.Core.Common;

/// <summary>
/// One broken rule, naming the field it is about so the page can show it beside that field.
/// <see cref="Code"/> is a stable key that the web layer localises; <see cref="Args"/> fills its placeholders.
/// </summary>
public sealed record ValidationError(string Field, string Code, params object[] Args)
{
    public override string ToString() => $"{Field}: {Code}({string.Join(", ", Args)})";
}
