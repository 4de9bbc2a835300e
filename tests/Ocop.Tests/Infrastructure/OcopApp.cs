using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;

namespace Ocop.Tests.Infrastructure;

/// <summary>
/// The real app over HTTP (in-memory server) on its own fresh database: a copy of a migrated
/// template holding the reference data. Use one per test class (IClassFixture) or per test.
/// </summary>
public sealed partial class OcopApp : WebApplicationFactory<Program>
{
    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static string? _sqliteTemplate;
    private static string? _postgresTemplate;

    private readonly string _connectionString;
    private IReadOnlyDictionary<string, string?> _settings = new Dictionary<string, string?>();
    private readonly string _dataPath = Path.Combine(TestPaths.Root, "data-" + Guid.NewGuid().ToString("N"));

    static OcopApp()
    {
        // Every test host would watch its settings files and content folders through inotify; a few hundred
        // hosts in one run exhaust the per-user limit (128 instances on CI machines) and later hosts fail to
        // start. Tests never edit those files: no reload, and polling where a watcher is still asked for.
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }

    private OcopApp(Engine engine, string connectionString)
    {
        Engine = engine;
        _connectionString = connectionString;
    }

    public Engine Engine { get; }

    /// <summary>The app's database, for other processes of the same platform (the two-node test).</summary>
    public string ConnectionString => _connectionString;

    /// <summary>The app's data folder (uploads, mail).</summary>
    public string DataPath => _dataPath;

    /// <summary>The app's clock: real time unless a test moves it to another day.</summary>
    public TestClock Clock { get; } = new();

    /// <summary>The warnings and errors the app logged so far.</summary>
    public LoggedProblems LoggedProblems { get; } = new();

    /// <summary>The HTML pages served so far (browser journeys check each with axe-core at their end).</summary>
    public ServedPages ServedPages { get; } = new();

    public static async Task<OcopApp> StartAsync(Engine engine = Engine.Sqlite) => await StartAsync(engine, new Dictionary<string, string?>());

    /// <summary>The app with some settings of its own (on top of the tests' usual ones), e.g. low rate limits.</summary>
    public static async Task<OcopApp> StartAsync(Engine engine, IReadOnlyDictionary<string, string?> settings)
    {
        EngineGuard.SkipIfUnavailable(engine);
        var template = await TemplateAsync(engine);
        OcopApp app;
        if (engine == Engine.Sqlite)
        {
            var file = TestDatabases.NewSqliteFile();
            File.Copy(template, file);
            app = new OcopApp(engine, TestDatabases.SqliteConnectionString(file));
        }
        else
        {
            app = new OcopApp(engine, await TestDatabases.CreatePostgresDatabaseAsync(template));
        }

        app._settings = settings;
        return app;
    }

    /// <summary>An empty database (no migrations applied), for schema and upgrade tests.</summary>
    public static async Task<OcopApp> StartEmptyAsync(Engine engine)
    {
        EngineGuard.SkipIfUnavailable(engine);
        return engine == Engine.Sqlite
            ? new OcopApp(engine, TestDatabases.SqliteConnectionString(TestDatabases.NewSqliteFile()))
            : new OcopApp(engine, await TestDatabases.CreatePostgresDatabaseAsync());
    }

    private static async Task<string> TemplateAsync(Engine engine)
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (engine == Engine.Sqlite && _sqliteTemplate is null)
            {
                var file = TestDatabases.NewSqliteFile();
                await using var app = new OcopApp(engine, TestDatabases.SqliteConnectionString(file));
                await app.MigrateAsync();
                _sqliteTemplate = file;
            }
            else if (engine == Engine.Postgres && _postgresTemplate is null)
            {
                var connectionString = await TestDatabases.CreatePostgresDatabaseAsync();
                await using (var app = new OcopApp(engine, connectionString))
                {
                    await app.MigrateAsync();
                }

                _postgresTemplate = TestDatabases.DatabaseName(connectionString);
            }

            return engine == Engine.Sqlite ? _sqliteTemplate! : _postgresTemplate!;
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    /// <summary>Serves the app on a real loopback port (for the browser); in-process clients follow it.</summary>
    public string StartRealServer()
    {
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First();
        ClientOptions.BaseAddress = new Uri(address);
        return address.TrimEnd('/');
    }

    public async Task MigrateAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Engine == Engine.Sqlite ? "Sqlite" : "Postgres");
        builder.UseSetting("ConnectionStrings:Ocop", _connectionString);
        builder.UseSetting("Ocop:DataPath", _dataPath);
        builder.UseSetting("Ocop:Uploads:MaxImageBytes", "200000");
        builder.UseSetting("Ocop:Uploads:MaxDocumentBytes", "300000");
        // The daily expiry pass is run by the tests that need it, on the dates they choose.
        builder.UseSetting("Ocop:Jobs:CertificateExpiry", "false");
        builder.UseSetting("Ocop:Catalogue:WaitForRebuildUnderMs", "10000");
        // On outside Development; the tests of two-factor sign-in turn it on themselves.
        builder.UseSetting("Ocop:Security:RequireTwoFactorForOfficers", "false");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(LoggedProblems));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, TestClientAddress>();
            services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter>(ServedPages);
        });
    }

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    /// <summary>Creates an account with a random password and returns an HTTP client signed in as it.</summary>
    public async Task<HttpClient> SignInAsync(NewAccount account)
    {
        var password = await WithScopeAsync(async services =>
        {
            var (ok, result) = await services.GetRequiredService<AccountService>().CreateAsync(account);
            ok.ShouldBeTrue(result);
            return result;
        });
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = ClientOptions.BaseAddress });
        var response = await PostFormAsync(client, "/account/login", new() { ["Input.Email"] = account.Email, ["Input.Password"] = password });
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect, "sign-in should redirect");
        return client;
    }

    /// <summary>Posts a Razor Pages form the way a browser does: antiforgery token from the page first.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, Dictionary<string, string> fields, string? formPageUrl = null) =>
        await client.PostAsync(url, await FormAsync(client, formPageUrl ?? url, fields));

    /// <summary>A form's fields with the antiforgery token of its page, fetched now: ready to post (a test timing only the post).</summary>
    public static async Task<FormUrlEncodedContent> FormAsync(HttpClient client, string formPageUrl, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(formPageUrl);
        return new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", AntiforgeryTokenIn(page, formPageUrl))));
    }

    /// <summary>The antiforgery token of the form in a page's HTML (<paramref name="where"/> names the page if there is none).</summary>
    public static string AntiforgeryTokenIn(string page, string where)
    {
        var token = AntiforgeryToken().Match(page);
        token.Success.ShouldBeTrue($"no antiforgery token on {where}");
        return token.Groups[1].Value;
    }

    public static MultipartFormDataContent ImageContent(byte[] bytes, string fileName, string field = "image")
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, field, fileName);
        return content;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
