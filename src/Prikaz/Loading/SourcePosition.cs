namespace Prikaz.Loading;

/// <summary>A 1-based line and column in a source file; <see cref="None"/> when unknown.</summary>
public readonly record struct SourcePosition(int Line, int Column)
{
    public static SourcePosition None => default;
}
