namespace Prikaz.Tests.Build;

/// <summary>
/// An ordinary build copies only Linux's Skia and HarfBuzz libraries (about 30 MB, not the 570 MB of
/// every platform, PDB symbols included); the tool package carries the others (ToolPackageTests).
/// </summary>
public sealed class NativeAssetsTests
{
    [Fact]
    public void Ordinary_build_copies_only_the_linux_native_libraries()
    {
        var runtimes = Path.Combine(AppContext.BaseDirectory, "runtimes");

        var native = Directory.GetFiles(runtimes, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(runtimes, path).Replace('\\', '/'))
            .Where(path => path.Contains("/native/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(
            [
                "linux-arm64/native/libHarfBuzzSharp.so", "linux-arm64/native/libSkiaSharp.so",
                "linux-x64/native/libHarfBuzzSharp.so", "linux-x64/native/libSkiaSharp.so",
            ],
            native);
        Assert.Equal(["x64"], NativeLibrary.Architectures(File.ReadAllBytes(Path.Combine(runtimes, "linux-x64/native/libSkiaSharp.so"))));
    }
}
