namespace DistrictPortal.Core.Estates;

/// <summary>
/// The ways an unmanaged estate leaves the list (P11): (1) 物业企业 a property service enterprise takes over,
/// state-owned included; (2) 业委会/物管会自管 the owners' or property-management committee manages it;
/// (3) 社区托管 community self-management or trusteeship; (4) 街道统管 sub-district centralised management, estates
/// bundled into tendered packages (打包).
/// </summary>
public enum ManagementMode
{
    None = 0,
    PropertyEnterprise = 1,
    CommitteeSelfManaged = 2,
    CommunityTrusteeship = 3,
    SubDistrictPackage = 4,
}
