using System.CommandLine;

namespace Prikaz.Cli;

/// <summary>
/// The <c>PATH...</c> argument of <c>validate</c> and <c>render</c>. System.CommandLine hands an unknown
/// option such as <c>--bogus</c> to an argument that takes any number of values, so it would be read
/// as a missing file; it is reported as an unknown option instead (a file whose name starts with a
/// dash is still reachable as <c>./-name.yaml</c>).
/// </summary>
internal static class PathArgument
{
    public static Argument<string[]> Create(string description, ArgumentArity arity)
    {
        var argument = new Argument<string[]>("PATH") { Description = description, Arity = arity };
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.Length > 1 && t.Value[0] == '-'))
            {
                result.AddError($"неизвестный параметр «{token.Value}»");
            }
        });
        return argument;
    }
}
