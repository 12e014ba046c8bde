using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;

namespace DistrictPortal.Documents.Charts;

/// <summary>
/// Makes ScottPlot's SVG fit to inline in a page: no XML declaration, a viewBox (so CSS can scale it), role="img"
/// and a &lt;title&gt; for screen readers, and ids that are stable and unique per chart. Skia numbers its clip
/// paths from a process-wide counter ("cl_4", then "cl_6" for the same chart), which would make output differ
/// run to run and collide when two charts share a page; ids become "{kind}-{hash of content}-{n}" instead.
/// Text goes through LINQ to XML, so names like "&lt;script&gt;" stay escaped.
/// </summary>
internal static class SvgCleaner
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";

    public static string Clean(string svgXml, ChartSize size, string title, string kind)
    {
        var document = XDocument.Parse(svgXml);
        var root = document.Root ?? throw new InvalidOperationException("ScottPlot returned an empty SVG.");

        var ids = root.DescendantsAndSelf().Select(e => e.Attribute("id")).OfType<XAttribute>().ToList();
        var placeholders = ids.Select((id, i) => (Old: id.Value, New: $"__id{i}__")).ToList();
        Rename(root, ids, placeholders);

        // Hash of the content with placeholder ids: the same chart always gets the same ids, another chart others.
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(root.ToString(SaveOptions.DisableFormatting))))[..8];
        var finals = placeholders.Select((p, i) => (Old: p.New, New: $"{kind}-{hash}-{i + 1}")).ToList();
        Rename(root, ids, finals);

        root.SetAttributeValue("viewBox", $"0 0 {size.Width} {size.Height}");
        root.SetAttributeValue("role", "img");
        root.AddFirst(new XElement(Svg + "title", title));
        return root.ToString(SaveOptions.DisableFormatting);
    }

    private static void Rename(XElement root, List<XAttribute> ids, List<(string Old, string New)> map)
    {
        for (var i = 0; i < ids.Count; i++)
            ids[i].Value = map[i].New;
        var byOld = map.GroupBy(m => m.Old).ToDictionary(g => g.Key, g => g.First().New);
        foreach (var attribute in root.DescendantsAndSelf().Attributes())
        {
            if (attribute.IsNamespaceDeclaration || attribute.Name.LocalName == "id")
                continue;
            var value = attribute.Value;
            if (value.StartsWith("url(#", StringComparison.Ordinal) && value.EndsWith(')') && byOld.TryGetValue(value[5..^1], out var renamed))
                attribute.Value = $"url(#{renamed})";
            else if (attribute.Name == XLink + "href" || attribute.Name.LocalName == "href")
            {
                if (value.StartsWith('#') && byOld.TryGetValue(value[1..], out var target))
                    attribute.Value = "#" + target;
            }
        }
    }
}
