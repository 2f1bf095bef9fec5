using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Prikaz.Templating;

/// <summary>
/// <c>include</c> for markup templates: Scriban's own include returns the partial's output as a string,
/// which <see cref="MarkupTemplateContext"/> would escape like any text; a partial's output is markup.
/// </summary>
internal sealed class MarkupInclude(IScriptCustomFunction builtin) : IScriptCustomFunction
{
    public int RequiredParameterCount => builtin.RequiredParameterCount;

    public int ParameterCount => builtin.ParameterCount;

    public ScriptVarParamKind VarParamKind => builtin.VarParamKind;

    public Type ReturnType => typeof(MarkupText);

    public ScriptParameterInfo GetParameterInfo(int index) => builtin.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new MarkupText(builtin.Invoke(context, callerContext, arguments, blockStatement)?.ToString() ?? string.Empty);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}
