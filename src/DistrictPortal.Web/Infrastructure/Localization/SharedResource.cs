namespace DistrictPortal.Web;

/// <summary>
/// Marker for the portal's one resource set: Resources/SharedResource.resx (Chinese, the neutral language) and
/// Resources/SharedResource.en.resx (English).
/// </summary>
public sealed class SharedResource;
