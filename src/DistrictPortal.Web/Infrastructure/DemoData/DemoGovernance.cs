using System.Text;
using DistrictPortal.Core.Attachments;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Web.Infrastructure.Configuration;

namespace DistrictPortal.Web.Infrastructure.DemoData;

/// <summary>
/// Campaign governance on the demo (issue 16), made through Core's services as the pages would: evidence on the first
/// estates of 牌楼街道, and one order by hand on its first estate walked to the end (raised three weeks ago, answered with
/// a PDF, closed). It is closed so the demo's open orders stay the deadline job's (the dashboard shows one). The member units of
/// P11 are put on the coordination list. Phases, plans, responsible persons and look-backs: <see cref="DemoGovernancePlans"/>.
/// </summary>
public sealed class DemoGovernance(
    AttachmentService attachments, SupervisionService supervision, ISupervisionOrderRepository orders, IEstateRepository estates,
    INodeRepository nodes, Core.Coordination.CoordinationService coordination, PortalClock clock, ILogger<DemoGovernance> log,
    DemoGovernancePlans plans)
{
    public async Task SeedAsync(ChangeContext context)
    {
        var root = (await nodes.GetRootsAsync()).Single();
        var pailou = (await nodes.ListByLevelAsync(root.Path, NodeLevel.SubDistrict)).Single(n => n.Name == DemoHierarchy.PailouName);
        var first = await estates.SearchAsync(new EstateQuery { ScopePath = pailou.Path, PageSize = 2 });
        var added = 0;
        foreach (var estate in first.Items)
        {
            var result = await attachments.AddAsync(AttachmentOwnerKind.Estate, estate.Id, estate.Id, $"{estate.Name}_物业服务合同（演示）.pdf",
                MinimalPdf($"Demo contract {estate.Id}"), AttachmentService.DefaultMaxBytes, context);
            added += result.Succeeded ? 1 : 0;
        }
        var order = await OrderAsync(pailou, first.Items[0], context);
        foreach (var unit in MemberUnits)
            await coordination.AddUnitAsync(unit, context);
        log.LogInformation("Demo governance seeded: {Attachments} attachments, order by hand {Order}", added, order);
        // Phases, full-coverage plans, 第一责任人 and look-backs (issue 16's objects the admin and officers enter).
        await plans.SeedAsync(context);
    }

    private async Task<long> OrderAsync(Node pailou, Estate estate, ChangeContext context)
    {
        var today = DateOnly.FromDateTime(clock.LocalNow.DateTime);
        ChangeContext At(string who, int daysAgo) => new(0, who, context.AtUtc.AddDays(-daysAgo));
        var id = (await supervision.RaiseByHandAsync(new SupervisionOrder
        {
            SubDistrictId = pailou.Id, SubjectKind = SupervisionSubject.Estate, SubjectId = estate.Id,
            Reason = $"{estate.Name}无人清扫保洁，居民多次反映（演示）", RequiredAction = "落实保洁责任单位，整改后上传前后对比照片和保洁合同",
            Deadline = today.AddDays(-7),
        }, today.AddDays(-21), At("admin", 21))).Value;
        await attachments.AddAsync(AttachmentOwnerKind.SupervisionAnswer, id, pailou.Id, "整改情况报告（演示）.pdf",
            MinimalPdf($"Rectification report {id}"), AttachmentService.DefaultMaxBytes, At("pailou", 10));
        await supervision.AnswerAsync(id, "已由社区托管落实日常保洁，附整改报告（演示）", (await orders.GetByIdAsync(id))!.Version, At("pailou", 10));
        await supervision.CloseAsync(id, "整改到位，办结（演示）", (await orders.GetByIdAsync(id))!.Version, At("admin", 8));
        return id;
    }

    /// <summary>The leading group's member units as P11 (四(二)) names them, for the coordination items.</summary>
    public static readonly string[] MemberUnits =
        ["区委政法委", "区住建局", "区民政局", "区发改局", "市公安局分局", "区市场监督管理局", "区水务局", "市生态环境保护局分局", "区工科局"];

    /// <summary>A one-page PDF that any reader opens (ASCII text only: a demo file, not a document).</summary>
    public static byte[] MinimalPdf(string text)
    {
        var stream = $"BT /F1 18 Tf 72 720 Td ({text.Replace("(", "").Replace(")", "").Replace("\\", "")}) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {stream.Length} >>\nstream\n{stream}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
            pdf.Append($"{offset:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
