using Microsoft.AspNetCore.Mvc;

namespace DistrictPortal.Web.Features.Glossary;

/// <summary>GET /glossary: every measure and status with its one name, its English name and its definition (Core's glossary).</summary>
[Route("glossary")]
public sealed class GlossaryController : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View("Index", Core.Glossary.Glossary.Terms);
}
