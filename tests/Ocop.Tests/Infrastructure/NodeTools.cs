using System.Diagnostics;

namespace Ocop.Tests.Infrastructure;

/// <summary>Runs the Node scripts in tests/Ocop.Tests/NodeTools (installed by the build's `npm ci`).</summary>
public static class NodeTools
{
    private static readonly string[] NodePaths = ["/usr/bin/node", "/usr/local/bin/node"];

    private static string Folder => Path.Combine(TestPaths.SourceRoot, "tests", "Ocop.Tests", "NodeTools");

    public static async Task<string> RunAsync(string script, IEnumerable<string> arguments, string? stdin = null)
    {
        var node = NodePaths.FirstOrDefault(File.Exists);
        Assert.SkipWhen(node is null, "Node.js is not installed; it comes with the .NET build machine here and in CI.");
        Assert.SkipUnless(Directory.Exists(Path.Combine(Folder, "node_modules")), "NodeTools/node_modules is missing: build the test project (it runs npm ci).");
        var start = new ProcessStartInfo(node!, [Path.Combine(Folder, script), .. arguments])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, WorkingDirectory = Folder,
        };
        using var process = Process.Start(start)!;
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
        }

        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.ShouldBe(0, error);
        return output;
    }
}
