using DistrictPortal.Core.Returns;

namespace DistrictPortal.Web.Features.Returns;

/// <summary>
/// The return as posted by the officer: Core's <see cref="ReturnEdit"/> (rows keyed by estate id, "Rows[123].Mode")
/// and which button was pressed.
/// </summary>
public sealed class ReturnForm : ReturnEdit
{
    /// <summary>"save" (保存草稿) or "submit" (提交).</summary>
    public string? Command { get; set; }

    public bool IsSubmit => string.Equals(Command, "submit", StringComparison.Ordinal);
}

/// <summary>The reviewer's forms: accept, send back (a reason on the return and/or on rows), reopen (a reason).</summary>
public sealed class ReviewForm : ReturnReview;
