// Build script: dotnet tool restore && dotnet cake [--target=Default|Build|Test|Validate|Clean]
var target = Argument("target", "Default");
var configuration = Argument("configuration", "Release");
var solution = "./Prikaz.sln";
var cli = "./src/Prikaz.Cli/Prikaz.Cli.csproj";

Task("Clean")
    .Does(() =>
{
    CleanDirectories("./src/**/bin/" + configuration);
    CleanDirectories("./tests/**/bin/" + configuration);
    CleanDirectories("./.artifacts");
});

Task("Build")
    .Does(() =>
{
    DotNetBuild(solution, new DotNetBuildSettings { Configuration = configuration });
});

Task("Test")
    .IsDependentOn("Build")
    .Does(() =>
{
    DotNetTest(solution, new DotNetTestSettings
    {
        Configuration = configuration,
        NoBuild = true,
        Loggers = new[] { "trx;LogFileName=results.trx" },
        ResultsDirectory = "./.artifacts/test-results",
    });
});

Task("Validate")
    .IsDependentOn("Build")
    .Does(() =>
{
    DotNetRun(cli, new ProcessArgumentBuilder().Append("validate").Append("roadmaps/"),
        new DotNetRunSettings { Configuration = configuration, NoBuild = true });
});

Task("Default")
    .IsDependentOn("Validate")
    .IsDependentOn("Test");

RunTarget(target);
