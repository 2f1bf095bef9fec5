namespace Prikaz.Templating;

/// <summary>A file of a <see cref="TemplateFolder"/> as a template or profile name found it.</summary>
/// <param name="Name">Its name relative to its layer, with '/': <c>partials/signature.sbn</c>, <c>authorities/amur-minobr/partials/signature.sbn</c>.</param>
/// <param name="Path">Its real path (links resolved, inside its layer): the file to open.</param>
/// <param name="Layer">The layer it comes from.</param>
public sealed record TemplateFile(string Name, string Path, TemplateLayer Layer)
{
    /// <summary>The file as diagnostics name it.</summary>
    public string Display => Layer.Display + "/" + Name;
}
