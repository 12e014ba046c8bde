using System.Globalization;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Returns;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Primitives;

namespace DistrictPortal.Web.Features.Returns;

/// <summary>
/// Binds a return's rows ("Rows[123].Mode", ~120 estates × a dozen cells) in one pass over the posted form. MVC's own
/// dictionary binding entered a nested binding scope per row and per cell and kept every cell's value in a sorted
/// model-state list: at the Friday peak (200 submissions at once, issue 19) that was a sixth of the portal's CPU. The
/// values are read as MVC read them: the first value of a cell (every value of SixHaves), the form's culture, an empty
/// box as null (text and counts) or left out (dates), a checkbox as CheckboxModelBinder reads it (anything but "true"
/// is unticked). A value that cannot be read is a model-state error on its cell, in the words MVC would use, and the
/// page shows the return as typed (as before): nothing is written.
/// </summary>
public sealed class ReturnRowsBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var request = bindingContext.HttpContext.Request;
        if (!request.HasFormContentType)
            return Task.CompletedTask;
        var prefix = bindingContext.ModelName + "[";
        var messages = bindingContext.ModelMetadata.ModelBindingMessageProvider;
        var culture = CultureInfo.CurrentCulture;
        var rows = new Dictionary<long, ReturnRowEdit>();
        foreach (var (key, values) in request.Form)
        {
            if (!key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                || key.IndexOf("].", prefix.Length, StringComparison.Ordinal) is not (var close and > 0)
                || !long.TryParse(key.AsSpan(prefix.Length, close - prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var estateId))
                continue;
            var property = key[(close + 2)..];
            if (!rows.TryGetValue(estateId, out var row))
            {
                if (!IsCell(property))
                    continue;
                rows[estateId] = row = new ReturnRowEdit();
            }
            if (Bind(row, property, values, culture) is { } refused)
                bindingContext.ModelState.TryAddModelError(key, refused(messages));
        }
        bindingContext.Result = ModelBindingResult.Success(rows);
        return Task.CompletedTask;
    }

    private static readonly string[] Cells =
    [
        nameof(ReturnRowEdit.Households), nameof(ReturnRowEdit.Mode), nameof(ReturnRowEdit.SixHaves),
        nameof(ReturnRowEdit.ConsultationDate), nameof(ReturnRowEdit.OwnersMeetingDate), nameof(ReturnRowEdit.CommitteeElectedDate),
        nameof(ReturnRowEdit.ContractSignedDate), nameof(ReturnRowEdit.IsStruckOff), nameof(ReturnRowEdit.StruckOffDate),
        nameof(ReturnRowEdit.Blockers), nameof(ReturnRowEdit.HelpAsked),
    ];

    private static bool IsCell(string property) => Cells.Contains(property, StringComparer.OrdinalIgnoreCase);

    /// <summary>Sets one cell; the refusal's message (as MVC words it) when the value cannot be read.</summary>
    private static Func<ModelBindingMessageProvider, string>? Bind(ReturnRowEdit row, string property, StringValues values, CultureInfo culture)
    {
        var first = values.Count > 0 ? values[0] : null;
        var text = first?.Trim();
        Func<ModelBindingMessageProvider, string> Invalid(string field) => m => m.AttemptedValueIsInvalidAccessor(first ?? "", field);
        switch (property.ToLowerInvariant())
        {
            case "households":
                if (string.IsNullOrEmpty(text))
                    row.Households = null;
                else if (int.TryParse(text, NumberStyles.Integer, culture, out var households))
                    row.Households = households;
                else
                    return Invalid(nameof(ReturnRowEdit.Households));
                return null;
            case "mode":
                if (string.IsNullOrEmpty(text))
                    return m => m.ValueMustNotBeNullAccessor(first ?? "");
                if (!Enum.TryParse<ManagementMode>(text, ignoreCase: true, out var mode))
                    return Invalid(nameof(ReturnRowEdit.Mode));
                if (!Enum.IsDefined(mode))
                    return m => m.ValueIsInvalidAccessor(first ?? "");
                row.Mode = mode;
                return null;
            case "sixhaves":
                // Each ticked box is one value; one that cannot be read is refused and the others kept.
                var haves = new List<SixHaves>(values.Count);
                string? unread = null;
                foreach (var value in values)
                {
                    if (string.IsNullOrWhiteSpace(value))
                        continue;
                    if (Enum.TryParse<SixHaves>(value.Trim(), ignoreCase: true, out var have) && (have & ~SixHaves.All) == 0)
                        haves.Add(have);
                    else
                        unread ??= value;
                }
                row.SixHaves = [.. haves];
                return unread is null ? null : m => m.ValueIsInvalidAccessor(unread);
            case "consultationdate":
                return Date(text, culture, d => row.ConsultationDate = d) ? null : Invalid(nameof(ReturnRowEdit.ConsultationDate));
            case "ownersmeetingdate":
                return Date(text, culture, d => row.OwnersMeetingDate = d) ? null : Invalid(nameof(ReturnRowEdit.OwnersMeetingDate));
            case "committeeelecteddate":
                return Date(text, culture, d => row.CommitteeElectedDate = d) ? null : Invalid(nameof(ReturnRowEdit.CommitteeElectedDate));
            case "contractsigneddate":
                return Date(text, culture, d => row.ContractSignedDate = d) ? null : Invalid(nameof(ReturnRowEdit.ContractSignedDate));
            case "struckoffdate":
                return Date(text, culture, d => row.StruckOffDate = d) ? null : Invalid(nameof(ReturnRowEdit.StruckOffDate));
            case "isstruckoff":
                row.IsStruckOff = bool.TryParse(first, out var ticked) && ticked;
                return null;
            case "blockers":
                row.Blockers = string.IsNullOrWhiteSpace(first) ? null : first;
                return null;
            case "helpasked":
                row.HelpAsked = string.IsNullOrWhiteSpace(first) ? null : first;
                return null;
            default:
                return null;
        }
    }

    /// <summary>An empty box is no date; anything else must read as one in the form's culture (as DateOnly's converter reads it).</summary>
    private static bool Date(string? text, CultureInfo culture, Action<DateOnly?> set)
    {
        if (string.IsNullOrEmpty(text))
        {
            set(null);
            return true;
        }
        if (!DateOnly.TryParse(text, culture, DateTimeStyles.None, out var date))
            return false;
        set(date);
        return true;
    }
}

/// <summary>Puts <see cref="ReturnRowsBinder"/> on every return edit's rows (the officer's and the community officer's save).</summary>
public sealed class ReturnRowsBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Metadata.ModelType == typeof(Dictionary<long, ReturnRowEdit>) ? new ReturnRowsBinder() : null;
    }
}
