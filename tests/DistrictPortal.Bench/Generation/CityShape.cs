namespace DistrictPortal.Bench.Generation;

/// <summary>
/// The size of the city-scale data set of issues 6 and 8: one district of 200 sub-districts, 2,000 communities and
/// 50,000 estates, with 104 weeks of accepted Friday returns. Everything else is drawn from <see cref="Seed"/>.
/// </summary>
public sealed record CityShape(int Seed, int SubDistricts = 200, int CommunitiesPerSubDistrict = 10, int EstatesPerCommunity = 25, int Weeks = 104)
{
    public const string Password = "Bench#2026-city";
    public const string AdminUserName = "bench-admin";
    public const string ReviewerUserName = "bench-reviewer";

    public int Communities => SubDistricts * CommunitiesPerSubDistrict;
    public int Estates => Communities * EstatesPerCommunity;

    /// <summary>The officer of the sub-district numbered <paramref name="index"/> (1-based): one account each, for the Friday peak.</summary>
    public static string OfficerUserName(int index) => $"bench-sd-{index:000}";

    // Fixed ids, assigned in order, so a path can be written without reading anything back.
    public const long CityId = 1;
    public const long DistrictId = 2;
    public long SubDistrictId(int index) => DistrictId + index;
    public long CommunityId(int subDistrict, int community) =>
        DistrictId + SubDistricts + (subDistrict - 1) * CommunitiesPerSubDistrict + community;
    public long EstateId(int subDistrict, int community, int estate) =>
        DistrictId + SubDistricts + Communities + ((subDistrict - 1) * CommunitiesPerSubDistrict + community - 1) * EstatesPerCommunity + estate;
}
