using System.CommandLine;
using System.CommandLine.Parsing;

namespace Prikaz.Cli;

/// <summary>
/// The <c>PATH...</c> argument of <c>validate</c> and <c>render</c>. System.CommandLine hands an unknown
/// option such as <c>--bogus</c> to an argument that takes any number of values, so it would be read
/// as a missing file; it is reported as an unknown option instead. After <c>--</c> every token is a
/// path, as POSIX utilities have it: <c>prikaz render -- -rf.yaml</c> renders the file «-rf.yaml».
/// </summary>
internal static class PathArgument
{
    public const string Name = "PATH";

    public static Argument<string[]> Create(string description, ArgumentArity arity) =>
        new(Name) { Description = description, Arity = arity };

    /// <summary>The paths given before <c>--</c> that look like options: unknown options, reported as such.</summary>
    public static IEnumerable<string> UnknownOptions(ParseResult parseResult)
    {
        var paths = parseResult.CommandResult.Children.OfType<ArgumentResult>()
            .Where(result => result.Argument.Name == Name)
            .SelectMany(result => result.Tokens)
            .ToList();
        foreach (var token in parseResult.Tokens.TakeWhile(token => token.Type != TokenType.DoubleDash))
        {
            if (token.Value.Length > 1 && token.Value[0] == '-' && paths.Any(path => ReferenceEquals(path, token)))
            {
                yield return token.Value;
            }
        }
    }
}
