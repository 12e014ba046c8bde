using DistrictPortal.Core.Attachments;

namespace DistrictPortal.Web.Features.Attachments;

/// <summary>The "Attachments" section.</summary>
public sealed class AttachmentOptions
{
    public const string Section = "Attachments";

    /// <summary>The largest evidence file taken, in bytes (default 10 MB; at most <see cref="AttachmentService.LargestMaxBytes"/>).</summary>
    public long MaxBytes { get; set; } = AttachmentService.DefaultMaxBytes;

    public long Limit => Math.Clamp(MaxBytes, 1, AttachmentService.LargestMaxBytes);
}
