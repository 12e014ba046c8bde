using System.Globalization;
using DistrictPortal.Core.Campaigns;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.Mvc;
using DistrictPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Features.Campaigns;

public sealed record CalendarViewModel(int Year, IReadOnlyList<CalendarDay> Days);

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
/// with a preview (row-level errors, nothing written) before it replaces the year, all or nothing.
/// </summary>
[Route("campaigns/calendar")]
[Authorize(Policy = PortalPolicies.ManageHierarchy)]
public sealed class HolidayCalendarController(ICampaignRepository campaigns, CurrentUser me, PortalClock clock, IStringLocalizer<SharedResource> l) : Controller
{
    public const long MaxUploadBytes = 1024 * 1024;
    public const int MaxNameLength = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(int? year)
    {
        var y = ValidYear(year);
        return View("Calendar", new CalendarViewModel(y, await campaigns.ListCalendarAsync(new DateOnly(y, 1, 1), new DateOnly(y, 12, 31))));
    }

    [HttpPost("add")]
    public async Task<IActionResult> Add(DateOnly? date, bool makeUp, string? name)
    {
        var cleanName = (name ?? "").Trim();
        string? error = date is null ? l["Validation.Required", l["Calendar.Date"]].Value
            : makeUp && date.Value.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) ? l["Calendar.MakeUpOnWeekday"].Value
            : cleanName.Length > MaxNameLength ? l["Validation.TooLong", l["Calendar.Name"], MaxNameLength].Value
            : !Core.Common.TextRule.IsCleanName(cleanName) ? l["Validation.ControlCharacters", l["Calendar.Name"]].Value
            : null;
        if (error is not null)
        {
            var y = ValidYear(date?.Year);
            ModelState.AddModelError("date", error);
            return View("Calendar", new CalendarViewModel(y, await campaigns.ListCalendarAsync(new DateOnly(y, 1, 1), new DateOnly(y, 12, 31))));
        }
        var day = new CalendarDay { Date = date!.Value, IsMakeUpWorkingDay = makeUp, Name = cleanName };
        await campaigns.ReplaceCalendarAsync(day.Date, day.Date, [day], me.Change());
        TempData.Flash(l["Calendar.Added", Iso(day.Date)]);
        return Redirect($"/campaigns/calendar?year={day.Date.Year}");
    }

    [HttpPost("remove")]
    public async Task<IActionResult> Remove(DateOnly date)
    {
        await campaigns.ReplaceCalendarAsync(date, date, [], me.Change());
        TempData.Flash(l["Calendar.Removed", Iso(date)]);
        return Redirect($"/campaigns/calendar?year={date.Year}");
    }

    [HttpGet("import")]
    public IActionResult Import(int? year) => View("Import", new CalendarImportViewModel { Year = ValidYear(year) });

    /// <summary>Reads the sheet and shows what would be stored, with every refused cell; writes nothing.</summary>
    [HttpPost("import")]
    [RequestSizeLimit(MaxUploadBytes + 64 * 1024)]
    public async Task<IActionResult> Preview(IFormFile? file, int year)
    {
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
        var y = ValidYear(year);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(content ?? ""));
        var result = HolidaySheet.ReadCsv(stream, y);
        if (!result.IsValid)
            return View("Import", new CalendarImportViewModel { Year = y, Result = result });
        var days = result.Rows.Select(r => new CalendarDay { Date = r.Date, IsMakeUpWorkingDay = r.IsMakeUpWorkingDay, Name = r.Name }).ToList();
        await campaigns.ReplaceCalendarAsync(new DateOnly(y, 1, 1), new DateOnly(y, 12, 31), days, me.Change());
        TempData.Flash(l["Calendar.Imported", y, days.Count]);
        return Redirect($"/campaigns/calendar?year={y}");
    }

    private int ValidYear(int? year) => year is >= 2000 and <= 2100 ? year.Value : clock.CurrentYear;

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
