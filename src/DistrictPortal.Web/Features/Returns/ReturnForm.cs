using DistrictPortal.Core.Returns;

namespace DistrictPortal.Web.Features.Returns;

/// <summary>
/// The return as posted by the officer: Core's <see cref="ReturnEdit"/> (rows keyed by estate id, "Rows[123].Mode")
/// and which button was pressed.
/// </summary>
public sealed class ReturnForm : ReturnEdit
{
    /// <summary>"save" (保存草稿), "validate" (校验), "haves" (所选小区六有全勾) or "submit" (提交).</summary>
    public string? Command { get; set; }

    public bool IsSubmit => string.Equals(Command, "submit", StringComparison.Ordinal);

    /// <summary>"validate" (校验): the submission's rules on what is typed, nothing saved.</summary>
    public bool IsValidate => string.Equals(Command, "validate", StringComparison.Ordinal);

    /// <summary>"haves": tick all six haves of the rows selected in <see cref="Tick"/>, then save the draft.</summary>
    public bool IsTickHaves => string.Equals(Command, "haves", StringComparison.Ordinal);

    /// <summary>The rows the officer selected for a bulk action, by estate id.</summary>
    public long[] Tick { get; set; } = [];

    /// <summary>The row the officer was last at (set by the page's script): the page returns there after a save.</summary>
    public long? At { get; set; }
}

/// <summary>The reviewer's forms: accept, send back (a reason on the return and/or on rows), reopen (a reason).</summary>
public sealed class ReviewForm : ReturnReview;
