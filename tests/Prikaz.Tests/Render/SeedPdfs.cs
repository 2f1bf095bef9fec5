using Prikaz.Tests.Support;

namespace Prikaz.Tests.Render;

/// <summary>The four seeds' DOCX opened by LibreOffice and printed to PDF.</summary>
public sealed class SeedPdfs() : LibreOfficePdfs("seed", () => Seeds.Names.ToDictionary(seed => seed, seed => Seeds.Get(seed).Docx, StringComparer.Ordinal));
