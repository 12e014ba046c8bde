using System.Diagnostics;
using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Data.Sqlite;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;

namespace DistrictPortal.Bench.Generation;

/// <summary>
/// Writes the city-scale data set into a fresh SQLite database whose schema comes from the app's own migrator, with
/// prepared INSERTs inside transactions (the repositories go row by row with audit, which would take hours here).
/// The rows are the ones the repositories would have written: node paths, estate facts, the campaign and its list,
/// accounts, and <see cref="ReturnHistory"/>'s 104 weeks of accepted returns with rows and snapshots.
/// Deterministic: the same seed and the same current week give the same rows (the password hash's salt aside).
/// </summary>
internal sealed class CityGenerator(CityShape shape, DateOnly currentWeek, TextWriter log)
{
    /// <summary>Returns what was written, in a line for the report.</summary>
    public async Task<string> GenerateAsync(string path)
    {
        var watch = Stopwatch.StartNew();
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
            File.Delete(file);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
        await new SqliteDatabaseMigrator(new SqliteConnectionFactory(connectionString)).MigrateAsync();
        log.WriteLine($"schema migrated in {watch.ElapsedMilliseconds} ms");

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        // A throw-away load: no journal and no fsync until the end; the app switches the file to WAL when it opens it.
        Execute(connection, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -200000; PRAGMA foreign_keys = OFF;");

        var random = new Random(shape.Seed);
        var firstWeek = currentWeek.AddDays(-7 * shape.Weeks);
        var startUtc = new ReportingCalendar(HolidayCalendar.China2026).LocalToUtc(ReportingCalendar.WeekStart(firstWeek), new TimeOnly(9, 0));

        var registry = new RegistryWriter(shape, random);
        InTransaction(connection, registry.Write);
        log.WriteLine($"registry: {shape.SubDistricts} sub-districts, {shape.Communities} communities, {shape.Estates} estates, {registry.Baseline.Count} on the campaign list ({watch.ElapsedMilliseconds} ms)");

        InTransaction(connection, (c, t) => WriteCampaign(c, t, registry, firstWeek, startUtc));
        InTransaction(connection, (c, t) => WriteAccounts(c, t));

        var history = new ReturnHistory(shape, registry, currentWeek, random, log);
        history.Write(connection);
        InTransaction(connection, registry.WriteFinalFacts(history.FinalRows));
        Execute(connection, "PRAGMA journal_mode = WAL;");
        log.WriteLine($"generated {path} ({new FileInfo(path).Length / 1_048_576} MB) in {watch.Elapsed.TotalSeconds:0.0} s");
        return $"{registry.Baseline.Count:#,0} estates on the campaign list, {history.Returns:#,0} accepted returns with {history.Rows:#,0} rows and as many snapshots";
    }

    private void WriteCampaign(SqliteConnection connection, SqliteTransaction transaction, RegistryWriter registry, DateOnly firstWeek, DateTime startUtc)
    {
        var start = ReportingCalendar.WeekStart(firstWeek);
        using (var campaign = new Inserter(connection, "Campaign", "Id", "DistrictId", "Name", "StartDate", "TargetDate", "DeadlineDay", "DeadlineTime", "Version") { Transaction = transaction })
            campaign.Run(1L, CityShape.DistrictId, "无物业管理小区清零行动", start, currentWeek.AddDays(7 * 26), DayOfWeek.Friday, new TimeOnly(17, 0), 1);
        using (var listed = new Inserter(connection, "CampaignEstate", "CampaignId", "EstateId", "AddedUtc") { Transaction = transaction })
            foreach (var estate in registry.Baseline)
                listed.Run(1L, estate.Id, startUtc);

        // The 2026 holiday notice, as the admin would import it: deadlines move around 春节 and 国庆 as in the app.
        var china = HolidayCalendar.China2026;
        using var days = new Inserter(connection, "CalendarDay", "Date", "IsMakeUpWorkingDay", "Name") { Transaction = transaction };
        foreach (var day in china.Holidays)
            days.Run(day, false, "法定节假日");
        foreach (var day in china.MakeUpWorkingDays)
            days.Run(day, true, "调休上班");
    }

    /// <summary>An admin (city), a reviewer (district) and one officer per sub-district, all with the same password.</summary>
    private void WriteAccounts(SqliteConnection connection, SqliteTransaction transaction)
    {
        // One hash for all: hashing is deliberately slow. The app verifies it like any other.
        var hash = new PasswordHasher<User>().HashPassword(new User(), CityShape.Password);
        // A security stamp each, as the user repository gives a new account: the portal refuses a cookie without one.
        using var users = new Inserter(connection, "[User]", "Id", "UserName", "DisplayName", "PasswordHash", "Role", "ScopeNodeId", "SecurityStamp", "Version") { Transaction = transaction };
        users.Run(1L, CityShape.AdminUserName, "基准测试管理员", hash, Role.Admin, CityShape.CityId, SecurityStamp.New(), 1);
        users.Run(2L, CityShape.ReviewerUserName, "基准测试审核员", hash, Role.BureauReviewer, CityShape.DistrictId, SecurityStamp.New(), 1);
        for (var s = 1; s <= shape.SubDistricts; s++)
            users.Run(ReturnHistory.OfficerId(s), CityShape.OfficerUserName(s), $"街道联络员{s:000}", hash, Role.SubDistrictOfficer, shape.SubDistrictId(s), SecurityStamp.New(), 1);
    }

    internal static void InTransaction(SqliteConnection connection, Action<SqliteConnection, SqliteTransaction> work)
    {
        using var transaction = connection.BeginTransaction();
        work(connection, transaction);
        transaction.Commit();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

/// <summary>One estate on the campaign list as the history needs it.</summary>
internal sealed record ListedEstate(long Id, int SubDistrict, string Name, int Households);
