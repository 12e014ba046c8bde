using System.Globalization;
using System.Text.RegularExpressions;
using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.Returns;
using DistrictPortal.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Features.Returns;

/// <summary>
/// The return's texts: Core's validation and workflow codes as sentences that name the estate and the field
/// ("Returns.Error.{code}": {0} estate, {1} field, {2}… the code's own arguments), labels, audit values and the countdown.
/// </summary>
public static partial class ReturnMessages
{
    // Codes of an edit itself (Core's ReturnEdit), kept here by their old names.
    public const string Required = ReturnErrors.Required;
    public const string Invalid = ReturnErrors.Invalid;
    public const string TooLong = ReturnErrors.TooLong;
    public const string NarrativeTooLong = ReturnErrors.NarrativeTooLong;

    public static string Message(IStringLocalizer l, ValidationError error)
    {
        var code = error.Code == TooLong && !error.Field.StartsWith("Rows[", StringComparison.Ordinal) ? NarrativeTooLong : error.Code;
        var args = error.Args.Select(a => Show(l, a)).ToList();
        // The milestone it is out of order with comes as a property name.
        if (error.Code == ReturnErrors.MilestoneOutOfOrder && args.Count > 2)
            args[2] = FieldLabel(l, args[2]);
        var field = FieldLabel(l, PropertyOf(error.Field));
        var template = l[$"Returns.Error.{code}"];
        object[] all = [args.Count > 0 ? args[0] : "", field, .. args.Skip(1)];
        return template.ResourceNotFound
            ? $"{all[0]} {field}: {error.Code}"
            : string.Format(CultureInfo.CurrentCulture, template.Value, all);
    }

    /// <summary>A refused workflow step ("Status"/"Reason" errors of <see cref="ReturnWorkflow"/>).</summary>
    public static string Workflow(IStringLocalizer l, ValidationError error)
    {
        var args = error.Args.Select(a => a switch
        {
            Role role => l.Enum(role),
            ReturnStatus status => StatusLabel(l, status),
            ReturnAction action => (string)l[$"Returns.Action.{action}"],
            _ => Show(l, a),
        }).ToArray<object>();
        var template = l[$"Returns.Workflow.{error.Code}"];
        return template.ResourceNotFound ? error.Code : string.Format(CultureInfo.CurrentCulture, template.Value, args);
    }

    private const string CommunityField = "Communities[";

    /// <summary>A refusal of the shared return (Core <see cref="ReturnShare"/>): "Returns.Share.Error.{code}".</summary>
    public static string Share(IStringLocalizer l, ValidationError error)
    {
        var args = error.Args.Select(a => a switch
        {
            Role role => l.Enum(role),
            ReturnStatus status => StatusLabel(l, status),
            _ => Show(l, a),
        }).ToArray<object>();
        var template = l[$"Returns.Share.Error.{error.Code}"];
        return template.ResourceNotFound ? error.Code : string.Format(CultureInfo.CurrentCulture, template.Value, args);
    }

    /// <summary>未开始 / 填报中 / 已填报.</summary>
    public static string ShareState(IStringLocalizer l, CommunityPartState state) => l[$"Returns.Share.State.{state}"];

    public static string StatusLabel(IStringLocalizer l, ReturnStatus? status) =>
        l[$"Returns.Status.{(status is { } s ? s.ToString() : "NotStarted")}"];

    public static string TimelinessLabel(IStringLocalizer l, Timeliness timeliness) => l[$"Returns.Timeliness.{timeliness}"];

    public static string FieldLabel(IStringLocalizer l, string property)
    {
        var label = l[$"Returns.Field.{property}"];
        return label.ResourceNotFound ? property : label.Value;
    }

    /// <summary>"Rows[123].Mode" or "Rows[某小区].Mode" → "Mode"; a return field is itself.</summary>
    public static string PropertyOf(string field)
    {
        var dot = field.LastIndexOf('.');
        return field.StartsWith("Rows[", StringComparison.Ordinal) && dot > 0 ? field[(dot + 1)..] : field;
    }

    /// <summary>The estate named in an audit field "Rows[name].Field"; null for the return's own fields.</summary>
    public static string? EstateOf(string? auditField)
    {
        var match = auditField is null ? Match.Empty : RowField().Match(auditField);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>An audit field as a reader sees it: "某小区 · 管理模式", or "状态".</summary>
    public static string AuditField(IStringLocalizer l, string? field)
    {
        if (field is null)
            return "";
        // A community's part (ReturnShare.Audit): "Communities[印盒石社区].State" → "印盒石社区 · 社区填报".
        if (field.StartsWith(CommunityField, StringComparison.Ordinal) && field.IndexOf(']', StringComparison.Ordinal) is var end and > 0)
            return $"{field[CommunityField.Length..end]} · {l["Returns.Share.Heading"]}";
        var estate = EstateOf(field);
        var label = FieldLabel(l, PropertyOf(field));
        return estate is null ? label : $"{estate} · {label}";
    }

    /// <summary>Audit values are stored culture-free; this shows them in the reader's language.</summary>
    public static string AuditValue(IStringLocalizer l, string? field, string? value)
    {
        if (value is null)
            return "—";
        if (field?.StartsWith(CommunityField, StringComparison.Ordinal) == true && Enum.TryParse<CommunityPartState>(value, out var part))
            return ShareState(l, part);
        return (field is null ? "" : PropertyOf(field)) switch
        {
            nameof(WeeklyReturn.Status) when Enum.TryParse<ReturnStatus>(value, out var s) => StatusLabel(l, s),
            nameof(ReturnRow.Mode) when Enum.TryParse<ManagementMode>(value, out var m) => l.Enum(m),
            nameof(ReturnRow.SixHaves) when Enum.TryParse<SixHaves>(value, out var six) => Haves(l, six),
            _ when bool.TryParse(value, out var yes) => yes ? l["Common.Yes"] : l["Common.No"],
            _ => value,
        };
    }

    public static string Haves(IStringLocalizer l, SixHaves haves)
    {
        var labels = l.Flags(haves);
        return labels.Count == 0 ? l["Common.None"] : string.Join(l["Common.ListSeparator"], labels);
    }

    /// <summary>
    /// <see cref="Haves"/> for a page of rows: the six labels, the separator and 无 looked up once, each combination joined
    /// once. A hundred-row return asked the localizer a dozen times a row (issue 19's profile).
    /// </summary>
    public sealed class HavesWords(IStringLocalizer l)
    {
        private readonly (SixHaves Flag, string Label)[] _labels =
            LocalizerExtensions.SingleFlags<SixHaves>().Select(f => (f, (string)l.Enum(f))).ToArray();
        private readonly string _separator = l["Common.ListSeparator"];
        private readonly string _none = l["Common.None"];
        private readonly Dictionary<SixHaves, string> _texts = [];

        public string Of(SixHaves haves)
        {
            if (!_texts.TryGetValue(haves, out var text))
            {
                var set = _labels.Where(x => haves.HasFlag(x.Flag)).Select(x => x.Label).ToList();
                _texts[haves] = text = set.Count == 0 ? _none : string.Join(_separator, set);
            }
            return text;
        }
    }

    /// <summary>"还剩 0 天 0 小时 30 分" or "已逾期 …", rounded down to the minute.</summary>
    public static string Countdown(IStringLocalizer l, Countdown countdown)
    {
        var span = countdown.IsOverdue ? countdown.OverdueBy : countdown.Remaining;
        // Under a day the days are dropped: "剩余 1 小时 30 分" reads at a glance.
        if (!countdown.IsOverdue && span < TimeSpan.FromDays(1))
            return l["Returns.Countdown.LeftHours", span.Hours, span.Minutes];
        return l[countdown.IsOverdue ? "Returns.Countdown.Overdue" : "Returns.Countdown.Left",
            (int)span.TotalDays, span.Hours, span.Minutes];
    }

    /// <summary>The class of a countdown by Core's urgency rule: amber under 24 hours, red under 2 (and overdue).</summary>
    public static string UrgencyCss(Urgency urgency) => urgency switch
    {
        Urgency.Soon => "urgent-soon",
        Urgency.Imminent or Urgency.Overdue => "urgent-now",
        _ => "",
    };

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Show(IStringLocalizer l, object? value) => value switch
    {
        null => "",
        DateOnly d => Iso(d),
        // A mode (the evidence rule names it) is shown by its label, as on the row.
        Enum e => l[$"{e.GetType().Name}.{e}"].Value,
        IFormattable f => f.ToString(null, CultureInfo.CurrentCulture),
        _ => value.ToString() ?? "",
    };

    [GeneratedRegex(@"^Rows\[(.*)\]\.[A-Za-z]+$")]
    private static partial Regex RowField();
}
