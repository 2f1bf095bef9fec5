using System.Collections;
using Scriban.Runtime;

namespace Prikaz.Templating;

/// <summary>
/// How many values a template model holds: every member of every object and every element of every
/// list, counted through the whole tree. A template that loops once over what it is given makes at most
/// about this many iterations, so the loop limit grows with it: a 5,000-item roadmap is real work, a
/// <c>while true</c> over a small one is not.
/// </summary>
internal static class TemplateModelSize
{
    public static int Of(object? value) => value switch
    {
        ScriptObject members => members.Count + members.Values.Sum(Of),
        string => 0,
        IList elements => elements.Count + elements.Cast<object?>().Sum(Of),
        _ => 0,
    };
}
