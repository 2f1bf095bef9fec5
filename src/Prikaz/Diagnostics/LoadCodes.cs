namespace Prikaz.Diagnostics;

/// <summary>
/// The codes the loader reports (PRK100–PRK149): reading the file, YAML syntax, the JSON Schema and
/// binding to the model. <see cref="Titles"/> gives each a one-line Russian title for the README.
/// </summary>
public static class LoadCodes
{
    public const string FileNotFound = "PRK100";
    public const string FileUnreadable = "PRK101";
    public const string FileTooLarge = "PRK102";
    public const string FileEmpty = "PRK103";
    public const string InvalidUtf8 = "PRK104";
    public const string ControlCharacter = "PRK105";
    public const string YamlSyntax = "PRK106";
    public const string TabIndentation = "PRK107";
    public const string DuplicateKey = "PRK108";
    public const string MultipleDocuments = "PRK109";
    public const string RootNotMapping = "PRK110";
    public const string TooDeep = "PRK111";
    public const string TooManyNodes = "PRK112";
    public const string ComplexKey = "PRK113";
    public const string UnknownAnchor = "PRK114";
    public const string UnknownKind = "PRK115";
    public const string UnknownProperty = "PRK120";
    public const string MissingProperty = "PRK121";
    public const string WrongType = "PRK122";
    public const string PatternMismatch = "PRK123";
    public const string NotAllowedValue = "PRK124";
    public const string InvalidDate = "PRK125";
    public const string InvalidNumber = "PRK126";
    public const string SchemaViolation = "PRK127";
    public const string BindingFailed = "PRK130";

    /// <summary>Every load code with its Russian title, in code order.</summary>
    public static IReadOnlyList<(string Code, string Title)> Titles { get; } =
    [
        (FileNotFound, "файл не найден"),
        (FileUnreadable, "файл не удалось прочитать (нет доступа, это каталог, ошибка ввода-вывода)"),
        (FileTooLarge, "файл слишком большой"),
        (FileEmpty, "файл пуст"),
        (InvalidUtf8, "файл не в кодировке UTF-8"),
        (ControlCharacter, "недопустимый символ: управляющий, несимвол Юникода или половина суррогатной пары (файл двоичный?)"),
        (YamlSyntax, "ошибка синтаксиса YAML"),
        (TabIndentation, "отступ сделан табуляцией, а не пробелами"),
        (DuplicateKey, "поле указано дважды"),
        (MultipleDocuments, "в файле несколько документов YAML"),
        (RootNotMapping, "файл должен начинаться с полей «ключ: значение»"),
        (TooDeep, "слишком глубокая вложенность"),
        (TooManyNodes, "слишком много значений (ссылки-псевдонимы разворачиваются в огромное дерево)"),
        (ComplexKey, "ключ не является простым текстом"),
        (UnknownAnchor, "ссылка на неизвестную метку"),
        (UnknownKind, "неизвестный вид документа (kind)"),
        (UnknownProperty, "неизвестное поле"),
        (MissingProperty, "не заполнено обязательное поле"),
        (WrongType, "значение не того вида (текст, список, набор полей)"),
        (PatternMismatch, "значение не соответствует образцу"),
        (NotAllowedValue, "значение не из списка допустимых"),
        (InvalidDate, "неверная или невозможная дата"),
        (InvalidNumber, "ожидается число"),
        (SchemaViolation, "значение не соответствует схеме"),
        (BindingFailed, "значение не удалось прочитать в модель"),
    ];
}
