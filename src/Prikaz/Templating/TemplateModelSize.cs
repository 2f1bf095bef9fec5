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
    // Plain loops: the model of a large roadmap has hundreds of thousands of values, and every render counts them.
    public static int Of(object? value)
    {
        switch (value)
        {
            case ScriptObject members:
            {
                var count = members.Count;
                foreach (var member in members)
                {
                    count += Of(member.Value);
                }

                return count;
            }

            case string:
                return 0;
            case IList elements:
            {
                var count = elements.Count;
                for (var i = 0; i < elements.Count; i++)
                {
                    count += Of(elements[i]);
                }

                return count;
            }

            default:
                return 0;
        }
    }
}
