using System.Net;
using System.Net.Http.Headers;
using System.Text;
using DistrictPortal.Core.Campaigns;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Campaigns;

[Collection(PortalCollection.Name)]
public sealed class HolidayCalendarTests(PortalFactory factory)
{
    private ICampaignRepository Campaigns => factory.Services.GetRequiredService<ICampaignRepository>();

    private Task<IReadOnlyList<CalendarDay>> YearAsync(int year) =>
        Campaigns.ListCalendarAsync(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    private static async Task<HttpResponseMessage> UploadAsync(PortalClient client, int year, string fileName, string text)
    {
        var token = await client.TokenFromAsync("/campaigns/calendar/import");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", fileName);
        form.Add(new StringContent(year.ToString()), "year");
        form.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.Http.PostAsync("/campaigns/calendar/import", form);
    }

    [Fact]
    public async Task The_demo_year_lists_the_2026_notice()
    {
        using var admin = await factory.NewClient().SignInAsync("admin");
        var html = await admin.GetPageAsync("/campaigns/calendar?year=2026");
        Assert.Equal((await YearAsync(2026)).Count, Html.OpeningTags(html, "calendar-day").Count);
        Assert.Contains("data-date=\"2026-10-10\" data-make-up=\"true\"", html);
    }

    [Fact]
    public async Task A_preview_names_each_bad_row_and_cell_and_writes_nothing()
    {
        using var admin = await factory.NewClient().SignInAsync("admin");

        var response = await UploadAsync(admin, 2031, "2031.csv", "日期,类型,名称\n2031-01-01,放假,元旦\n2031-02-30,放假,春节\n2031-02-01,休息,春节\n2031-01-01,放假,元旦\n");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var errors = Html.OpeningTags(html, "import-error").Select(t => (Html.Attribute(t, "data-row"), Html.Attribute(t, "data-cell"), Html.Attribute(t, "data-code")));
        Assert.Equal([("3", "A3", "BadDate"), ("4", "B4", "UnknownType"), ("5", "A5", "DuplicateDate")], errors);
        Assert.Contains("第 3 行 A3 单元格（日期）：“2031-02-30”不是有效日期", html);
        Assert.Contains("第 5 行 A5 单元格（日期）：2031-01-01 与第 2 行重复", html);
        Assert.DoesNotContain("/campaigns/calendar/import/confirm", html);
        Assert.Empty(await YearAsync(2031));
    }

    [Fact]
    public async Task A_clean_sheet_is_written_only_when_confirmed_and_replaces_the_year()
    {
        using var admin = await factory.NewClient().SignInAsync("admin");
        await admin.PostFormAsync("/campaigns/calendar/add", [new("date", "2032-05-03"), new("makeUp", "false"), new("name", "旧记录")], tokenPage: "/campaigns/calendar");
        Assert.Single(await YearAsync(2032));

        var preview = await UploadAsync(admin, 2032, "2032.csv", "日期,类型,名称\r\n2032-10-01,放假,国庆节\r\n2032-10-09,调休上班,国庆节调休\r\n");
        var html = await preview.Content.ReadAsStringAsync();
        Assert.Contains("/campaigns/calendar/import/confirm", html);
        Assert.Equal("旧记录", Assert.Single(await YearAsync(2032)).Name); // previewing wrote nothing

        var content = Html.InputValue(html, "content")!;
        var confirmed = await admin.PostFormAsync("/campaigns/calendar/import/confirm", [new("year", "2032"), new("content", content)], tokenPage: "/campaigns/calendar");

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var year = await YearAsync(2032);
        Assert.Equal([(new DateOnly(2032, 10, 1), false), (new DateOnly(2032, 10, 9), true)], year.Select(d => (d.Date, d.IsMakeUpWorkingDay)));
    }

    [Fact]
    public async Task A_make_up_day_on_a_weekday_is_refused_when_added_by_hand()
    {
        using var admin = await factory.NewClient().SignInAsync("admin");

        var response = await admin.PostFormAsync("/campaigns/calendar/add", [new("date", "2033-03-03"), new("makeUp", "true"), new("name", "")], tokenPage: "/campaigns/calendar");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("调休上班日应为周六或周日。", Html.FieldMessage(await response.Content.ReadAsStringAsync(), "date"));
        Assert.Empty(await YearAsync(2033));
    }

    [Fact]
    public async Task Others_cannot_import()
    {
        using var bureau = await factory.NewClient().SignInAsync("bureau");
        var token = await bureau.TokenFromAsync("/");
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes("日期,类型\n2034-01-01,放假\n")), "file", "x.csv" },
            { new StringContent("2034"), "year" },
            { new StringContent(token), "__RequestVerificationToken" },
        };
        Assert.Equal(HttpStatusCode.Forbidden, (await bureau.Http.PostAsync("/campaigns/calendar/import", form)).StatusCode);
        var confirm = await bureau.PostFormAsync("/campaigns/calendar/import/confirm", [new("year", "2034"), new("content", "日期,类型\n2034-01-01,放假\n")], tokenPage: "/");
        Assert.Equal(HttpStatusCode.Forbidden, confirm.StatusCode);
        Assert.Empty(await YearAsync(2034));
    }
}
