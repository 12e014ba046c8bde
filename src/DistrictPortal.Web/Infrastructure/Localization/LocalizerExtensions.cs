using DistrictPortal.Core.Common;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Infrastructure.Localization;

/// <summary>Labels for enum values ("EstateClass.One") and field names ("Field.Name"), and messages for Core's validation codes.</summary>
public static class LocalizerExtensions
{
    public static string Enum<T>(this IStringLocalizer localizer, T value) where T : struct, System.Enum =>
        localizer[$"{typeof(T).Name}.{value}"];

    /// <summary>An estate's management status as shown: 单位自管 only for a work unit, else the mode (Core <c>ShownStatus</c>).</summary>
    public static string Status(this IStringLocalizer localizer, Core.Estates.ManagementStatus status, Core.Estates.ManagementMode mode) =>
        Core.Estates.ShownStatus.ModeInsteadOf(status, mode) is { } shown ? localizer.Enum(shown) : localizer.Enum(status);

    /// <summary>The single flags of a [Flags] value that are set, each labelled, in declaration order.</summary>
    public static IReadOnlyList<string> Flags<T>(this IStringLocalizer localizer, T value) where T : struct, System.Enum =>
        SingleFlags<T>().Where(f => value.HasFlag(f)).Select(f => localizer.Enum(f)).ToArray();

    public static IReadOnlyList<T> SingleFlags<T>() where T : struct, System.Enum =>
        System.Enum.GetValues<T>().Where(v => Convert.ToInt64(v) is var n && n != 0 && (n & (n - 1)) == 0).ToArray();

    public static string Field(this IStringLocalizer localizer, string field) => localizer[$"Field.{field}"];

    /// <summary>
    /// A Core validation error as a sentence that names the field, e.g. "请填写小区名称": the portal's one formatter.
    /// A feature whose fields or codes need their own words passes its <paramref name="features"/> ("Retrofit"):
    /// "{feature}.Field.{field}" and "{feature}.Validation.{code}" are looked up first, in the order given, then the
    /// portal's shared "Field.{field}" and "Validation.{code}".
    /// </summary>
    public static string Message(this IStringLocalizer localizer, ValidationError error, params string[] features)
    {
        var field = First(localizer, features.Select(f => $"{f}.Field.{error.Field}").Append($"Field.{error.Field}"));
        var template = First(localizer, features.Select(f => $"{f}.Validation.{error.Code}").Append($"Validation.{error.Code}"));
        // An enum argument (a level, a status) is shown by its label, as everywhere else on the page.
        var args = new object[] { field.Value }
            .Concat(error.Args.Select(a => a is System.Enum e ? localizer[$"{e.GetType().Name}.{e}"].Value : a)).ToArray();
        return template.ResourceNotFound
            ? $"{args[0]}: {error.Code}"
            : string.Format(System.Globalization.CultureInfo.CurrentCulture, template.Value, args);
    }

    /// <summary>The first key the resources have; the last one (found or not) otherwise.</summary>
    private static LocalizedString First(IStringLocalizer localizer, IEnumerable<string> keys)
    {
        LocalizedString found = null!;
        foreach (var key in keys)
        {
            found = localizer[key];
            if (!found.ResourceNotFound)
                return found;
        }
        return found;
    }
}
