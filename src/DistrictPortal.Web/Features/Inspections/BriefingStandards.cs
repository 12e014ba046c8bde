using System.Globalization;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Standards;
using DistrictPortal.Documents.Pdf.Briefing;
using DistrictPortal.Web.Infrastructure.Configuration;

namespace DistrictPortal.Web.Features.Inspections;

/// <summary>
/// The briefing's service-standards line: of the node's inspected estates, how many meet every standard at their newest
/// inspection, and the share (<see cref="StandardsBoard.Share"/>: the league's figure for a sub-district). Live, as of
/// the day the PDF is made; shown, not scored. Nothing when no estate of the node was inspected.
/// </summary>
public sealed class BriefingStandards(IInspectionRepository inspections, PortalClock clock)
{
    public const string Heading = "服务标准";

    public async Task<BriefingSection?> NoteAsync(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var share = StandardsBoard.Share(await inspections.ListLatestInScopeAsync(node.Path));
        if (share.Inspected == 0)
            return null;
        return new BriefingSection(Heading, string.Create(CultureInfo.InvariantCulture,
            $"{BriefingFormat.Live(clock.Today)}：已检查小区{BriefingFormat.Count(share.Inspected)}个，最近一次服务质量检查全部达标{BriefingFormat.Count(share.MeetingAll)}个，全部达标率{BriefingFormat.Percent(share.Percent)}（仅展示，不计入排名）。"));
    }
}
