using System.ComponentModel;
using Prikaz.Profiles;

namespace Prikaz.Model;

/// <summary>
/// One appendix of an order: a roadmap, a plain table or a list, each with its own grif, orientation and
/// number («Приложение № 2»; a single appendix is unnumbered). Exactly one of <see cref="Roadmap"/>,
/// <see cref="Table"/> and <see cref="List"/> is given (PRK029).
/// </summary>
[Description("Приложение к приказу: «дорожная карта» (roadmap), таблица (table) или список (list) — что-то одно. Приложения нумеруются по порядку: «Приложение № 1», «Приложение № 2»; единственное приложение — просто «Приложение».")]
public sealed record Appendix
{
    [Description("Как приложение связано с приказом: stamp — гриф «УТВЕРЖДЕН (УТВЕРЖДЕНА, УТВЕРЖДЕНО, УТВЕРЖДЕНЫ) приказом … от … № …», appendix — отметка «Приложение № … к приказу … от … № …». Если не указано: для «дорожной карты» — её собственное approval, иначе stamp.")]
    public ApprovalKind? Approval { get; init; }

    [Description("Род и число названия приложения — от них зависит слово грифа: masculine — «УТВЕРЖДЕН» (план, перечень, список, состав), feminine — «УТВЕРЖДЕНА» («дорожная карта», программа), neuter — «УТВЕРЖДЕНО» (положение), plural — «УТВЕРЖДЕНЫ» (правила, изменения). Если не указано: для «дорожной карты» feminine, для таблицы и списка masculine.")]
    public GrammaticalGender? Gender { get; init; }

    [Description("Ориентация страниц приложения, если она не та, что в профиле: auto — альбомная, если в таблице пять столбцов и больше, иначе книжная; landscape — альбомная; portrait — книжная.")]
    public AppendixOrientation? Orientation { get; init; }

    [Description("Приложение — «дорожная карта»: те же поля, что у roadmap в корне файла.")]
    public Roadmap? Roadmap { get; init; }

    [Description("Приложение — таблица со своими столбцами и строками (например, перечень школ по муниципалитетам, график).")]
    public PlainTable? Table { get; init; }

    [Description("Приложение — список (например, состав рабочей группы).")]
    public AppendixList? List { get; init; }
}
