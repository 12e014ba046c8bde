using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;

namespace DistrictPortal.Web.Features.Campaigns;

/// <summary>Create and edit form. The district and start date are fixed once created: the baseline was taken then.</summary>
public sealed class CampaignForm
{
    /// <summary>P11's name for the campaign, offered when creating one.</summary>
    public const string DefaultName = "无物业管理小区清零行动";

    public long? CampaignId { get; set; }
    public long Version { get; set; }
    public long DistrictId { get; set; }
    public string? Name { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? TargetDate { get; set; }
    public DayOfWeek DeadlineDay { get; set; } = DeadlineRule.Default.Day;
    public TimeOnly? DeadlineTime { get; set; } = DeadlineRule.Default.LocalTime;

    // Shown, not posted.
    public IReadOnlyList<Node> Districts { get; set; } = [];
    public string? DistrictName { get; set; }

    public static CampaignForm From(Campaign c, string districtName) => new()
    {
        CampaignId = c.Id, Version = c.Version, DistrictId = c.DistrictId, DistrictName = districtName, Name = c.Name,
        StartDate = c.StartDate, TargetDate = c.TargetDate, DeadlineDay = c.DeadlineDay, DeadlineTime = c.DeadlineTime,
    };
}

/// <summary>One sub-district's line of the campaign list: at the start, added since, removed since, now.</summary>
public sealed record BaselineLine(long SubDistrictId, string SubDistrictName, int AtStart, int Added, int Removed, int Current, int Households);

public sealed class CampaignDetailViewModel
{
    public required Campaign Campaign { get; init; }
    public required Node District { get; init; }
    public required IReadOnlyList<BaselineLine> Lines { get; init; }
    public required DateTime DeadlineExampleLocal { get; init; }
    /// <summary>The sub-district opened below the table, with its estates (removed ones included).</summary>
    public Node? SubDistrict { get; init; }
    public IReadOnlyList<CampaignEstate> Estates { get; init; } = [];
}

public sealed class AddEstateViewModel
{
    public required Campaign Campaign { get; init; }
    public required Node SubDistrict { get; init; }
    public required IReadOnlyList<Estate> Candidates { get; init; }
    public long? EstateId { get; set; }
    public string? Reason { get; set; }
}

public sealed class RemoveEstateViewModel
{
    public required Campaign Campaign { get; init; }
    public required CampaignEstate Estate { get; init; }
    public string? Reason { get; set; }
}
