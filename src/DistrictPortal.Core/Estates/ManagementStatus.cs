namespace DistrictPortal.Core.Estates;

/// <summary>
/// Management status (P9, P11): 专业物业 professional; 单位自管 unit self-managed; 无物业/失管 unmanaged or
/// abandoned; 保障房 affordable housing run by the sub-district service centre.
/// </summary>
public enum ManagementStatus
{
    Professional = 1,
    UnitSelfManaged = 2,
    Unmanaged = 3,
    AffordableHousing = 4,
}
