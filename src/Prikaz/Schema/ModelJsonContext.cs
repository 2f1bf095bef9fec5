using System.Text.Json.Serialization;
using Prikaz.Amendments.Files;
using Prikaz.Execution.Calendar;
using Prikaz.Execution.Progress;
using Prikaz.Model;
using Prikaz.Profiles;

namespace Prikaz.Schema;

/// <summary>
/// Compile-time JSON contracts of the file formats: binding then needs neither reflection nor
/// runtime code generation, which makes a cold start faster and lets the tool compile to native code.
/// The naming and strictness settings live in <see cref="ModelJson"/>.
/// </summary>
[JsonSerializable(typeof(OrderFile))]
[JsonSerializable(typeof(AuthorityProfile))]
[JsonSerializable(typeof(CalendarYear))]
[JsonSerializable(typeof(ProgressFile))]
[JsonSerializable(typeof(AmendmentFile))]
internal sealed partial class ModelJsonContext : JsonSerializerContext;
