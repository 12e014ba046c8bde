using DistrictPortal.Web.Infrastructure.Startup;

// `-- migrate` applies the configured database's scripts and exits; any other arguments are configuration.
var migrate = args.Length > 0 && args[0] == MigrateCommand.Name;
var builder = WebApplication.CreateBuilder(migrate ? args[1..] : args);
builder.AddPortal();
var app = builder.Build();

if (migrate)
    return await MigrateCommand.RunAsync(app.Services, Console.Out, Console.Error);

app.UsePortal();
try
{
    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (Refusal(ex) is { } refusal)
{
    await Console.Error.WriteLineAsync(refusal.Message);
    return 1;
}

// The host reports a failed start either as the exception itself or wrapped with others.
static StartupRefusedException? Refusal(Exception ex) =>
    ex as StartupRefusedException
    ?? (ex as AggregateException)?.Flatten().InnerExceptions.OfType<StartupRefusedException>().FirstOrDefault();

public partial class Program { }
