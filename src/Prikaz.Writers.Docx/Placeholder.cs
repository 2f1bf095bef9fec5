namespace Prikaz.Writers.Docx; internal static class Placeholder {}
