using System.Text;
using System.Xml;

namespace DistrictPortal.Documents.Import.Xlsx;

/// <summary>
/// The text inside an element (&lt;v&gt;, &lt;f&gt;, an inline &lt;is&gt; or a shared &lt;si&gt; with its rich-text runs),
/// without phonetic guides (&lt;rPh&gt;), read in chunks and kept up to <see cref="XlsxLimits.MaxCellChars"/>: a single
/// text node of many megabytes is walked, never held. Leaves the reader on the element's end (or on it, when empty).
/// </summary>
internal sealed class CellTextReader
{
    private readonly StringBuilder text = new();
    private readonly char[] chunk = new char[4096];

    public string Read(XmlReader xml, ref bool tooLong)
    {
        if (xml.IsEmptyElement)
            return "";
        text.Clear();
        var depth = xml.Depth;
        // Whitespace counts inside <t>, <v> and <f> only; between rich-text runs it is the writer's indentation.
        var outerIsText = xml.LocalName is "t" or "v" or "f";
        var inText = outerIsText;
        xml.Read();
        while (!(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth) && !xml.EOF)
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element when xml.LocalName == "rPh":
                    xml.Skip();
                    continue;
                case XmlNodeType.Element:
                    inText = xml.LocalName == "t" && !xml.IsEmptyElement;
                    break;
                case XmlNodeType.EndElement:
                    inText = outerIsText;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace:
                case XmlNodeType.Whitespace when inText:
                    Append(xml, ref tooLong);
                    continue; // ReadValueChunk to the end leaves the reader on the text node; Read moves on
            }
            xml.Read();
        }
        return text.ToString();
    }

    private void Append(XmlReader xml, ref bool tooLong)
    {
        if (xml.CanReadValueChunk)
        {
            int n;
            while ((n = xml.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
                Keep(chunk.AsSpan(0, n), ref tooLong);
        }
        else
        {
            Keep(xml.Value, ref tooLong);
        }
        xml.Read();
    }

    private void Keep(ReadOnlySpan<char> chars, ref bool tooLong)
    {
        var room = XlsxLimits.MaxCellChars - text.Length;
        if (chars.Length > room)
        {
            tooLong = true;
            chars = chars[..Math.Max(room, 0)];
        }
        text.Append(chars);
    }
}
