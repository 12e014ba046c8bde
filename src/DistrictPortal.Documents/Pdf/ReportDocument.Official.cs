namespace DistrictPortal.Documents.Pdf;

public sealed partial class ReportDocument
{
    /// <summary>
    /// A block of text in a size of its own, aligned as asked: an official document's title, body and 落款 are set
    /// larger than a report's and the 落款 and its date stand at the right.
    /// </summary>
    public ReportDocument Text(string text, double size, CellAlign align = CellAlign.Left, bool bold = false) =>
        Lines(text, ReportStyle.Font(size, bold), style.Ink, align);
}
