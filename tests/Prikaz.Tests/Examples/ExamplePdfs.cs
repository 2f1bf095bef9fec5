using Prikaz.Tests.Support;

namespace Prikaz.Tests.Examples;

/// <summary>The examples' DOCX opened by LibreOffice and printed to PDF.</summary>
public sealed class ExamplePdfs() : LibreOfficePdfs("example", () => Examples.Names.ToDictionary(name => name, name => Examples.Get(name).Files["docx"], StringComparer.Ordinal));
