// Build script: dotnet tool restore && dotnet cake [--target=Default|Clean|Build|Test|TestFast|Validate|Render|Pack]
//   Default  = Validate + Test (what CI checks)
//   Test     = every test, the integration tier included (native AOT, tool package, LibreOffice, child processes)
//   TestFast = the fast tier only: --filter "Category!=Integration"
//   Render   = prikaz build: every document into output/, incrementally (see README, «CI, reproducibility, incrementality»)
//   Pack     = the dotnet tool package Prikaz.Tool in .artifacts/packages
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

Task("TestFast")
    .IsDependentOn("Build")
    .Does(() =>
{
    DotNetTest(solution, new DotNetTestSettings
    {
        Configuration = configuration,
        NoBuild = true,
        Filter = "Category!=Integration",
    });
});

Task("Validate")
    .IsDependentOn("Build")
    .Does(() =>
{
    DotNetRun(cli, new ProcessArgumentBuilder().Append("validate").Append("roadmaps/"),
        new DotNetRunSettings { Configuration = configuration, NoBuild = true });
});

Task("Render")
    .IsDependentOn("Build")
    .Does(() =>
{
    DotNetRun(cli, new ProcessArgumentBuilder().Append("build").Append("--roadmaps").Append("roadmaps").Append("-o").Append("output"),
        new DotNetRunSettings { Configuration = configuration, NoBuild = true });
});

Task("Pack")
    .IsDependentOn("Build")
    .Does(() =>
{
    DotNetPack(cli, new DotNetPackSettings
    {
        Configuration = configuration,
        NoBuild = true,
        OutputDirectory = "./.artifacts/packages",
    });
});

Task("PublishNative")
    .Description("One native executable (native AOT) with its templates in .artifacts/native; needs gcc or clang.")
    .Does(() =>
{
    DotNetPublish(cli, new DotNetPublishSettings
    {
        Configuration = configuration,
        Runtime = "linux-x64",
        OutputDirectory = "./.artifacts/native",
        MSBuildSettings = new DotNetMSBuildSettings().WithProperty("PublishAot", "true"),
    });
});

Task("Default")
    .IsDependentOn("Validate")
    .IsDependentOn("Test");

RunTarget(target);
