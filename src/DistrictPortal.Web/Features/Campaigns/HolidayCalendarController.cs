using System.Globalization;
using DistrictPortal.Core.Campaigns;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.Mvc;
using DistrictPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Features.Campaigns;

/// <param name="CanEdit">Only a city-scoped admin edits the one calendar (Core's <see cref="HolidayCalendarService"/>); others read it.</param>
public sealed record CalendarViewModel(int Year, IReadOnlyList<CalendarDay> Days, bool CanEdit = true);

public sealed class CalendarImportViewModel
{
    public required int Year { get; init; }
    /// <summary>Null before a file was read.</summary>
    public SheetResult? Result { get; init; }
    public string? FileName { get; init; }
    /// <summary>Days stored now for the year: the import replaces them all.</summary>
    public int StoredDays { get; init; }
    public string Canonical => Result is { IsValid: true } r ? HolidaySheet.ToCsv(r.Rows) : "";
}

/// <summary>
/// 法定节假日与调休 kept by the district office: a year's list, single days added or removed, and a sheet imported
/// with a preview (row-level errors, nothing written) before it replaces the year, all or nothing. The calendar is
/// national and one for the portal: Core's <see cref="HolidayCalendarService"/> lets only a city-scoped admin change it;
/// a district-scoped admin reads it and is answered 403 on every write (nothing written).
/// </summary>
[Route("campaigns/calendar")]
[Authorize(Policy = PortalPolicies.ManageHierarchy)]
public sealed class HolidayCalendarController(
    ICampaignRepository campaigns, HolidayCalendarService calendar, CurrentUser me, PortalClock clock, IStringLocalizer<SharedResource> l) : Controller
{
    public const long MaxUploadBytes = 1024 * 1024;
    public const int MaxNameLength = HolidayCalendarService.MaxNameLength;

    [HttpGet("")]
    public async Task<IActionResult> Index(int? year) => View("Calendar", await YearModelAsync(ValidYear(year)));

    [HttpPost("add")]
    public async Task<IActionResult> Add(DateOnly? date, bool makeUp, string? name)
    {
        if (!await CanEditAsync())
            return Forbid();
        if (date is null)
        {
            ModelState.AddModelError("date", l["Validation.Required", l["Calendar.Date"]].Value);
            return View("Calendar", await YearModelAsync(ValidYear(null)));
        }
        var day = new CalendarDay { Date = date.Value, IsMakeUpWorkingDay = makeUp, Name = (name ?? "").Trim() };
        if (await ReplaceAsync(day.Date, day.Date, [day]) is { } refused)
            return refused;
        TempData.Flash(l["Calendar.Added", Iso(day.Date)]);
        return Redirect($"/campaigns/calendar?year={day.Date.Year}");
    }

    [HttpPost("remove")]
    public async Task<IActionResult> Remove(DateOnly date)
    {
        if (await ReplaceAsync(date, date, []) is { } refused)
            return refused;
        TempData.Flash(l["Calendar.Removed", Iso(date)]);
        return Redirect($"/campaigns/calendar?year={date.Year}");
    }

    [HttpGet("import")]
    public async Task<IActionResult> Import(int? year) =>
        await CanEditAsync() ? View("Import", new CalendarImportViewModel { Year = ValidYear(year) }) : Forbid();

    /// <summary>Reads the sheet and shows what would be stored, with every refused cell; writes nothing.</summary>
    [HttpPost("import")]
    [RequestSizeLimit(MaxUploadBytes + 64 * 1024)]
    public async Task<IActionResult> Preview(IFormFile? file, int year)
    {
        if (!await CanEditAsync())
            return Forbid();
        var y = ValidYear(year);
        if (file is null || file.Length == 0)
            return View("Import", new CalendarImportViewModel { Year = y, Result = SheetResult.Failed("Empty") });
        if (file.Length > MaxUploadBytes)
            return View("Import", new CalendarImportViewModel { Year = y, Result = SheetResult.Failed("TooLarge"), FileName = file.FileName });
        await using var stream = file.OpenReadStream();
        return View("Import", new CalendarImportViewModel
        {
            Year = y,
            Result = HolidaySheet.Read(stream, file.FileName, y),
            FileName = file.FileName,
            StoredDays = (await campaigns.ListCalendarAsync(new DateOnly(y, 1, 1), new DateOnly(y, 12, 31))).Count,
        });
    }

    /// <summary>The confirmed preview: read again (never trusted as posted) and, when still clean, the year replaced in one transaction.</summary>
    [HttpPost("import/confirm")]
    public async Task<IActionResult> Confirm(int year, string? content)
    {
        if (!await CanEditAsync())
            return Forbid();
        var y = ValidYear(year);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(content ?? ""));
        var result = HolidaySheet.ReadCsv(stream, y);
        if (!result.IsValid)
            return View("Import", new CalendarImportViewModel { Year = y, Result = result });
        var days = result.Rows.Select(r => new CalendarDay { Date = r.Date, IsMakeUpWorkingDay = r.IsMakeUpWorkingDay, Name = r.Name }).ToList();
        if (await ReplaceAsync(new DateOnly(y, 1, 1), new DateOnly(y, 12, 31), days) is { } refused)
            return refused;
        TempData.Flash(l["Calendar.Imported", y, days.Count]);
        return Redirect($"/campaigns/calendar?year={y}");
    }

    private Task<bool> CanEditAsync() => calendar.CanEditAsync(me.Role, me.ScopeNodeId);

    /// <summary>Core decides; null when written, otherwise 403 (not the city's admin) or the year again with the refusals.</summary>
    private async Task<IActionResult?> ReplaceAsync(DateOnly from, DateOnly to, IReadOnlyList<CalendarDay> days)
    {
        var result = await calendar.ReplaceAsync(me.Role, me.ScopeNodeId, from, to, days, me.Change());
        if (result.Succeeded)
            return null;
        if (result.Errors.Any(e => e.Code == HolidayCalendarService.CityAdminOnly))
            return Forbid();
        // The add form has one message line, beside the date.
        foreach (var error in result.Errors)
            ModelState.AddModelError("date", l[error.Code, error.Args].Value);
        return View("Calendar", await YearModelAsync(from.Year));
    }

    private async Task<CalendarViewModel> YearModelAsync(int y) =>
        new(y, await campaigns.ListCalendarAsync(new DateOnly(y, 1, 1), new DateOnly(y, 12, 31)), await CanEditAsync());

    private int ValidYear(int? year) => year is >= 2000 and <= 2100 ? year.Value : clock.CurrentYear;

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
