using System.Diagnostics;

namespace Ocop.Tests.Features.Architecture;

/// <summary>
/// The build's OpenAPI step starts the app to read its endpoints. Run as `dotnet run` runs it
/// (Development), it must write the document and nothing else: no database, no demo data, no
/// password in the build output.
/// </summary>
public sealed class BuildSideEffectTests
{
    [Fact]
    public async Task OpenApiStepOfTheBuild_InDevelopment_LeavesNoDatabaseAndPrintsNoPassword()
    {
        var work = Path.Combine(TestPaths.Root, "build-" + Guid.NewGuid().ToString("N"));
        var dataFolder = Path.Combine(work, "data");
        var documents = Path.Combine(work, "api");
        Directory.CreateDirectory(work);
        var project = Path.Combine(TestPaths.SourceRoot, "src", "Ocop.Web", "Ocop.Web.csproj");
        // The same configuration as this test run, so the step reads the app this run already built.
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;

        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                "msbuild", project, "-t:GenerateOpenApiDocuments", "-nologo", "-v:n", $"-p:Configuration={configuration}",
                $"-p:OpenApiDocumentsDirectory={documents}", $"-p:_OpenApiDocumentsCache={Path.Combine(work, "documents.cache")}",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Ocop__DataPath"] = dataFolder;
        start.Environment["ConnectionStrings__Ocop"] = "Data Source=" + Path.Combine(dataFolder, "ocop.db");
        using var build = Process.Start(start)!;
        var output = build.StandardOutput.ReadToEndAsync();
        var errors = build.StandardError.ReadToEndAsync();
        await build.WaitForExitAsync(TestContext.Current.CancellationToken);
        var log = await output + await errors;

        build.ExitCode.ShouldBe(0, log);
        File.Exists(Path.Combine(documents, "ocop-v1.json")).ShouldBeTrue("the step should still write the document:\n" + log);
        (Directory.Exists(dataFolder) ? Directory.EnumerateFileSystemEntries(dataFolder, "*", SearchOption.AllDirectories).ToList() : [])
            .ShouldBeEmpty("the build wrote into the data folder");
        log.ShouldNotContain("password", Case.Insensitive);
        log.ShouldNotContain("Applying migrations");
        log.ShouldNotContain("Demo data seeded");
    }
}
