using DistrictPortal.Core.Common;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Infrastructure.Localization;

/// <summary>Labels for enum values ("EstateClass.One") and field names ("Field.Name"), and messages for Core's validation codes.</summary>
public static class LocalizerExtensions
{
    public static string Enum<T>(this IStringLocalizer localizer, T value) where T : struct, System.Enum =>
        localizer[$"{typeof(T).Name}.{value}"];

    /// <summary>The single flags of a [Flags] value that are set, each labelled, in declaration order.</summary>
    public static IReadOnlyList<string> Flags<T>(this IStringLocalizer localizer, T value) where T : struct, System.Enum =>
        SingleFlags<T>().Where(f => value.HasFlag(f)).Select(f => localizer.Enum(f)).ToArray();

    public static IReadOnlyList<T> SingleFlags<T>() where T : struct, System.Enum =>
        System.Enum.GetValues<T>().Where(v => Convert.ToInt64(v) is var n && n != 0 && (n & (n - 1)) == 0).ToArray();

    public static string Field(this IStringLocalizer localizer, string field) => localizer[$"Field.{field}"];

    /// <summary>A Core validation error as a sentence that names the field, e.g. "请填写小区名称".</summary>
    public static string Message(this IStringLocalizer localizer, ValidationError error)
    {
        var template = localizer[$"Validation.{error.Code}"];
        var args = new object[] { localizer.Field(error.Field) }.Concat(error.Args).ToArray();
        return template.ResourceNotFound
            ? $"{args[0]}: {error.Code}"
            : string.Format(System.Globalization.CultureInfo.CurrentCulture, template.Value, args);
    }
}
