using Prikaz.Validation.Rules;

namespace Prikaz.Validation;

/// <summary>Every semantic rule, in code order. A new rule is a new class and one line here.</summary>
internal static class RuleRegistry
{
    public static IReadOnlyList<IRule> Rules { get; } =
    [
        new DuplicateNumberRule(),
        new NumberingGapRule(),
        new NumberOutsideParentRule(),
        new MissingResponsibleRule(),
        new MissingResultRule(),
        new DeadlineBeforeOrderRule(),
        new DeadlineOutsidePeriodRule(),
        new DeadlineYearUnknownRule(),
        new UnknownPartyRule(),
        new BasisAfterOrderRule(),
        new TitleYearRule(),
        new SignatureCertificateRule(),
        new EmptySectionRule(),
        new DuplicateActivityRule(),
        new FreeTextDeadlineRule(),
        new EmptyCustomColumnRule(),
        new ValueWithoutColumnRule(),
        new RequiredColumnRule(),
        new SectionsOrItemsRule(),
        new DuplicateColumnRule(),
        new MissingDeadlineRule(),
        new SignatoryMissingRule(),
        new EditionsRule(),
        new ExcludedEditionRule(),
        new DuplicateIdRule(),
        new TitleFullStopRule(),
        new ColumnKeyTypoRule(),
        new RoadmapAndAppendicesRule(),
        new AppendixShapeRule(),
        new AppendixReferenceRule(),
        new RegistrationRule(),
        new TableCellWithoutColumnRule(),
        new RowsOrGroupsRule(),
        new NarrowColumnRule(),
    ];
}
