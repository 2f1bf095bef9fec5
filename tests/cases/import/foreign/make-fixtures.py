#!/usr/bin/env python3
"""Writes the foreign-DOCX fixtures of prikaz import.

Each order is described below as data. The script writes it as a LibreOffice flat document
(<name>.fodt, hand-made ODF XML with automatic numbering, merged cells, header rows, a text box,
tracked changes), converts it with `soffice --headless --convert-to docx` (so the DOCX is LibreOffice's
own, not Prikaz's), and writes <name>.expected.json: the points and table cells the import must give.

Run from anywhere:  python3 tests/cases/import/foreign/make-fixtures.py
Needs LibreOffice (libreoffice-writer-nogui). The .fodt, .docx and .expected.json are committed, so the
tests do not need LibreOffice; ImportForeignDocxTests regenerates them under the Integration trait.
"""
import json, os, subprocess, sys, tempfile, shutil, zipfile, io
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"')

STYLES = '''
 <office:font-face-decls>
  <style:font-face style:name="Times New Roman" svg:font-family="&apos;Times New Roman&apos;" style:font-family-generic="roman"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/>
   <style:text-properties style:font-name="Times New Roman" fo:font-size="12pt" fo:language="ru" fo:country="RU"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="Center" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="center"/>
  </style:style>
  <style:style style:name="Bold" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Right" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="end" fo:margin-left="10cm"/>
  </style:style>
  <style:style style:name="Tab" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties><style:tab-stops><style:tab-stop style:position="16cm" style:type="right"/></style:tab-stops></style:paragraph-properties>
  </style:style>
  <style:style style:name="PageBreak" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:break-before="page"/>
  </style:style>
  <style:style style:name="Grid" style:family="table"><style:table-properties style:width="17cm" table:align="left"/></style:style>
  <style:style style:name="Cell" style:family="table-cell">
   <style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/>
  </style:style>
  <style:style style:name="Plain" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="none"/></style:style>
  <style:style style:name="Frame" style:family="graphic">
   <style:graphic-properties style:wrap="none" style:vertical-pos="top" style:horizontal-pos="right" style:horizontal-rel="paragraph" fo:border="none"/>
  </style:style>
  <text:list-style style:name="Points">
   <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="space"/></style:list-level-properties>
   </text:list-level-style-number>
   <text:list-level-style-number text:level="2" style:num-suffix="." style:num-format="1" text:display-levels="2">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="space"/></style:list-level-properties>
   </text:list-level-style-number>
  </text:list-style>
  <text:list-style style:name="Rows">
   <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing"/></style:list-level-properties>
   </text:list-level-style-number>
   <text:list-level-style-number text:level="2" style:num-suffix="." style:num-format="1" text:display-levels="2">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing"/></style:list-level-properties>
   </text:list-level-style-number>
  </text:list-style>
 </office:automatic-styles>
'''

CHANGE_INFO = '<office:change-info><dc:creator>Петрова А.С.</dc:creator><dc:date>2025-01-20T10:00:00</dc:date></office:change-info>'


class Doc:
    """Collects the body of one flat ODF text document."""

    def __init__(self):
        self.body = []
        self.changes = []
        self.lists = 0

    def p(self, text, style='Standard'):
        self.body.append(f'<text:p text:style-name="{style}">{text}</text:p>')

    def ins(self, text):
        cid = f'ct{len(self.changes) + 1}'
        self.changes.append(f'<text:changed-region text:id="{cid}"><text:insertion>{CHANGE_INFO}</text:insertion></text:changed-region>')
        return f'<text:change-start text:change-id="{cid}"/>{escape(text)}<text:change-end text:change-id="{cid}"/>'

    def dele(self, text):
        cid = f'ct{len(self.changes) + 1}'
        self.changes.append(f'<text:changed-region text:id="{cid}"><text:deletion>{CHANGE_INFO}<text:p>{escape(text)}</text:p></text:deletion></text:changed-region>')
        return f'<text:change text:change-id="{cid}"/>'

    def points(self, points):
        """points: list of (text_markup, [sub_markup...]) numbered by the «Points» list style."""
        items = []
        for text, subs in points:
            inner = ''
            if subs:
                inner = '<text:list>' + ''.join(f'<text:list-item><text:p>{s}</text:p></text:list-item>' for s in subs) + '</text:list>'
            items.append(f'<text:list-item><text:p>{text}</text:p>{inner}</text:list-item>')
        self.body.append('<text:list text:style-name="Points">' + ''.join(items) + '</text:list>')

    def table(self, columns, header, rows, header_rows=2, column_numbers=True, style='Cell', name='Roadmap'):
        """rows: list of rows; a row is a list of cells; a cell is a str (markup), or a dict with
        text/span/rows/auto (automatic numbering level 1 or 2)/covered."""
        out = [f'<table:table table:name="{name}" table:style-name="Grid">']
        out.append(f'<table:table-column table:number-columns-repeated="{columns}"/>')
        head = [self._row([escape(h) for h in header], style)] if header else []
        if column_numbers:
            head.append(self._row([str(i + 1) for i in range(columns)], style))
        if header_rows:
            out.append('<table:table-header-rows>' + ''.join(head[:header_rows]) + '</table:table-header-rows>')
            out.extend(head[header_rows:])
        else:
            out.extend(head)
        out.extend(self._row(r, style) for r in rows)
        out.append('</table:table>')
        self.body.append(''.join(out))

    def _row(self, cells, style):
        out = ['<table:table-row>']
        for cell in cells:
            if isinstance(cell, dict) and cell.get('covered'):
                out.append('<table:covered-table-cell/>')
                continue
            if not isinstance(cell, dict):
                cell = {'text': cell}
            attrs = f' table:style-name="{style}" office:value-type="string"'
            if cell.get('span'):
                attrs += f' table:number-columns-spanned="{cell["span"]}"'
            if cell.get('rows'):
                attrs += f' table:number-rows-spanned="{cell["rows"]}"'
            paragraphs = cell['text'].split('\n') if cell.get('text') else ['']
            if cell.get('auto'):
                # The number comes from automatic numbering continued from cell to cell, as Word users
                # number the first column; the cell's own text is empty.
                body = '<text:list text:style-name="Rows" text:continue-numbering="true"><text:list-item><text:p/></text:list-item></text:list>'
                out.append(f'<table:table-cell{attrs}>{body}</table:table-cell>')
            else:
                out.append(f'<table:table-cell{attrs}>' + ''.join(f'<text:p>{p}</text:p>' for p in paragraphs) + '</table:table-cell>')
        out.append('</table:table-row>')
        return ''.join(out)

    def frame(self, lines):
        """A text box (draw:frame with draw:text-box) anchored in an empty paragraph."""
        inner = ''.join(f'<text:p>{escape(line)}</text:p>' for line in lines)
        self.body.append('<text:p text:style-name="Standard"><draw:frame draw:style-name="Frame" draw:name="Requisites" text:anchor-type="paragraph" '
                         'svg:width="8cm" svg:height="1.6cm" svg:x="0cm" svg:y="0cm" draw:z-index="0">'
                         f'<draw:text-box>{inner}</draw:text-box></draw:frame></text:p>')

    def xml(self):
        tracked = ''
        if self.changes:
            tracked = '<text:tracked-changes text:track-changes="true">' + ''.join(self.changes) + '</text:tracked-changes>'
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                f'<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">'
                f'{STYLES}<office:body><office:text>{tracked}' + '\n'.join(self.body) + '</office:text></office:body></office:document>\n')


# ---------------------------------------------------------------------------------------------------
# The orders. All invented; the bodies and people do not exist.

LETTERHEAD = ['КОМИТЕТ ПО ОБРАЗОВАНИЮ', 'АДМИНИСТРАЦИИ ГОРОДА ЗАРЕЧЕНСКА']
HEADER = ['№ п/п', 'Наименование мероприятия', 'Срок', 'Ответственный', 'Результат']


def letterhead(doc, kind='ПРИКАЗ'):
    doc.p('<text:line-break/>'.join(escape(l) for l in LETTERHEAD), 'Bold')
    doc.p(escape(kind), 'Bold')


def signature(doc, position, name):
    doc.p('')
    doc.body.append('<table:table table:name="Signature" table:style-name="Grid"><table:table-column table:number-columns-repeated="2"/>'
                    f'<table:table-row><table:table-cell table:style-name="Plain" office:value-type="string"><text:p>{escape(position)}</text:p></table:table-cell>'
                    f'<table:table-cell table:style-name="Plain" office:value-type="string"><text:p text:style-name="Right">{escape(name)}</text:p></table:table-cell></table:table-row></table:table>')


def section_rows(sections, auto_numbers=False, typed=True):
    """Table rows and the expected model for sections of items."""
    rows, expected = [], []
    for s, (title, items) in enumerate(sections, 1):
        rows.append([f'{s}.', {'text': f'<text:span>{escape(title)}</text:span>', 'span': 4}, {'covered': True}, {'covered': True}, {'covered': True}])
        exp_items = []
        for i, item in enumerate(items, 1):
            activity, deadline, responsible, result = item
            number = {'auto': 1} if auto_numbers else f'{s}.{i}.'
            rows.append([number, escape(activity), escape(deadline), escape(responsible), escape(result)])
            exp_items.append({'activity': activity, 'deadline': deadline, 'responsible': responsible, 'result': result})
        expected.append({'title': title, 'items': exp_items})
    return rows, expected


SECTIONS = [
    ('Организационные мероприятия', [
        ('Совещание с руководителями общеобразовательных организаций', 'январь 2025 года', 'Комитет по образованию', 'Протокол совещания'),
        ('Назначение муниципального координатора проекта', 'до 1 февраля 2025 года', 'Комитет по образованию', 'Приказ о назначении'),
    ]),
    ('Методическое сопровождение', [
        ('Семинар для заместителей директоров по учебной работе', 'март 2025 года', 'МКУ «Методический центр»', 'Материалы семинара'),
        ('Консультации учителей математики по запросу школ', 'постоянно', 'МКУ «Методический центр»', 'Журнал консультаций'),
        ('Анализ результатов всероссийских проверочных работ', 'май – июнь 2025 года', 'МКУ «Методический центр», общеобразовательные организации', 'Аналитическая справка'),
    ]),
]


def numbered_points():
    """Word-style automatic numbering: points with sub-points (1., 2., 2.1., 2.2.) and an auto-numbered
    first column; date and number on one line with a tab; sections as merged rows (gridSpan)."""
    doc = Doc()
    letterhead(doc)
    doc.p('15.01.2025<text:tab/>№ 12-од', 'Tab')
    doc.p('г. Зареченск', 'Center')
    doc.p('Об утверждении плана мероприятий по повышению качества математического образования на 2025 год')
    doc.p('В целях повышения качества математического образования в общеобразовательных организациях города')
    doc.p('ПРИКАЗЫВАЮ:')
    points = [
        ('Утвердить прилагаемый план мероприятий по повышению качества математического образования на 2025 год.', []),
        ('Руководителям общеобразовательных организаций:', [
            'обеспечить участие педагогов в мероприятиях плана;',
            'представлять информацию о выполнении плана ежеквартально.',
        ]),
        ('Контроль за исполнением приказа оставляю за собой.', []),
    ]
    doc.points([(escape(t), [escape(x) for x in subs]) for t, subs in points])
    signature(doc, 'Председатель комитета', 'И.В. Соколова')
    doc.p('УТВЕРЖДЕН', 'PageBreak')
    doc.p('приказом Комитета по образованию', 'Right')
    doc.p('от 15.01.2025 № 12-од', 'Right')
    doc.p('План мероприятий по повышению качества математического образования на 2025 год', 'Bold')
    items = [item for _, its in SECTIONS for item in its]
    rows = [[{'auto': 1}, escape(a), escape(d), escape(r), escape(res)] for a, d, r, res in items]
    doc.table(5, HEADER, rows)
    expected = {'points': [t for t, subs in points for t in [t] + subs],
                'signedPoints': ['1.', '2.', '2.1.', '2.2.', '3.'],
                'sections': [{'title': None, 'items': [{'number': f'{i}.', 'activity': a, 'deadline': d, 'responsible': r, 'result': res} for i, (a, d, r, res) in enumerate(items, 1)]}]}
    return doc, expected


def merged_cells():
    """Vertical merges (one responsible and one result cell over several items: w:vMerge), horizontal
    merges (section rows: w:gridSpan), stacked requisites, a passport table."""
    doc = Doc()
    letterhead(doc)
    doc.p('03.02.2025')
    doc.p('г. Зареченск')
    doc.p('№ 27')
    doc.p('О дорожной карте сопровождения школ с низкими результатами')
    doc.p('В соответствии с планом работы комитета на 2025 год')
    doc.p('ПРИКАЗЫВАЮ:')
    points = ['Утвердить прилагаемую дорожную карту.', 'Контроль за исполнением приказа возложить на заместителя председателя О.П. Лебедеву.']
    doc.points([(escape(t), []) for t in points])
    signature(doc, 'Председатель комитета', 'И.В. Соколова')
    doc.p('Приложение', 'PageBreak')
    doc.p('к приказу Комитета по образованию', 'Right')
    doc.p('от 03.02.2025 № 27', 'Right')
    doc.p('Дорожная карта<text:line-break/>сопровождения школ с низкими результатами', 'Bold')
    doc.table(2, [], [['Цель', 'Повышение качества образования в школах с низкими результатами'],
                      ['Задачи', 'выявление профессиональных дефицитов учителей;\nорганизация адресной помощи школам.']],
              header_rows=0, column_numbers=False, name='Passport')
    doc.p('')
    rows = [
        ['1.', {'text': 'Диагностика', 'span': 4}, {'covered': True}, {'covered': True}, {'covered': True}],
        ['1.1.', 'Анкетирование учителей начальных классов', 'февраль 2025 года', {'text': 'МКУ «Методический центр»', 'rows': 2}, {'text': 'Аналитическая справка', 'rows': 3}],
        ['1.2.', 'Анкетирование учителей русского языка', 'март 2025 года', {'covered': True}, {'covered': True}],
        ['1.3.', 'Собеседование с директорами школ', 'апрель 2025 года', 'Комитет по образованию', {'covered': True}],
        ['2.', {'text': 'Адресная помощь', 'span': 4}, {'covered': True}, {'covered': True}, {'covered': True}],
        ['2.1.', 'Выездные консультации в школы', 'в течение 2025 года', 'МКУ «Методический центр»', 'Журнал выездов'],
    ]
    doc.table(5, HEADER, rows)
    expected = {'points': points, 'signedPoints': ['1.', '2.'],
                'passport': {'goal': 'Повышение качества образования в школах с низкими результатами',
                             'tasks': ['выявление профессиональных дефицитов учителей;', 'организация адресной помощи школам.']},
                'sections': [
                    {'title': 'Диагностика', 'items': [
                        {'number': '1.1.', 'activity': 'Анкетирование учителей начальных классов', 'deadline': 'февраль 2025 года', 'responsible': 'МКУ «Методический центр»', 'result': 'Аналитическая справка'},
                        {'number': '1.2.', 'activity': 'Анкетирование учителей русского языка', 'deadline': 'март 2025 года', 'responsible': 'МКУ «Методический центр»', 'result': 'Аналитическая справка'},
                        {'number': '1.3.', 'activity': 'Собеседование с директорами школ', 'deadline': 'апрель 2025 года', 'responsible': 'Комитет по образованию', 'result': 'Аналитическая справка'}]},
                    {'title': 'Адресная помощь', 'items': [
                        {'number': '2.1.', 'activity': 'Выездные консультации в школы', 'deadline': 'в течение 2025 года', 'responsible': 'МКУ «Методический центр»', 'result': 'Журнал выездов'}]}]}
    return doc, expected


def split_table():
    """A long table over several pages: header rows repeated on every page (w:tblHeader), the header
    typed again by hand in the middle, a row continued over the page in a row without a number, and
    item numbers «1.1» without a final dot."""
    doc = Doc()
    letterhead(doc)
    doc.p('10.03.2025<text:tab/>№ 41', 'Tab')
    doc.p('г. Зареченск', 'Center')
    doc.p('О плане работы с одарёнными детьми')
    doc.p('В целях развития системы работы с одарёнными детьми')
    doc.p('ПРИКАЗЫВАЮ:')
    points = ['Утвердить прилагаемый план.', 'Контроль за исполнением приказа оставляю за собой.']
    doc.points([(escape(t), []) for t in points])
    signature(doc, 'Председатель комитета', 'И.В. Соколова')
    doc.p('УТВЕРЖДЕН', 'PageBreak')
    doc.p('приказом Комитета по образованию', 'Right')
    doc.p('от 10.03.2025 № 41', 'Right')
    doc.p('План работы с одарёнными детьми на 2025 год', 'Bold')
    months = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь']
    rows, sections = [], []
    for s, title in enumerate(['Олимпиады', 'Конкурсы', 'Летние школы'], 1):
        rows.append([f'{s}.', {'text': title, 'span': 4}, {'covered': True}, {'covered': True}, {'covered': True}])
        items = []
        for i in range(1, 9):
            activity = f'{title}: мероприятие {i} для обучающихся 5–11 классов общеобразовательных организаций города Зареченска'
            deadline = f'{months[(s * 3 + i) % 12]} 2025 года'
            result = f'Протокол {s}.{i}'
            if s == 2 and i == 4:
                rows.append(['2.4', 'Конкурс исследовательских работ обучающихся:', deadline, 'МКУ «Методический центр»', 'Протокол'])
                rows.append(['', 'естественнонаучное и техническое направления', '', '', 'жюри'])
                items.append({'number': '2.4', 'activity': 'Конкурс исследовательских работ обучающихся: естественнонаучное и техническое направления',
                              'deadline': deadline, 'responsible': 'МКУ «Методический центр»', 'result': 'Протокол жюри'})
                continue
            rows.append([f'{s}.{i}', escape(activity), deadline, 'Комитет по образованию', result])
            items.append({'number': f'{s}.{i}', 'activity': activity, 'deadline': deadline, 'responsible': 'Комитет по образованию', 'result': result})
        if s == 2:
            rows.append([escape(h) for h in HEADER])
        sections.append({'title': title, 'items': items})
    doc.table(5, HEADER, rows)
    return doc, {'points': points, 'signedPoints': ['1.', '2.'], 'sections': sections}


def text_box():
    """Date and number in a text box (draw:frame) beside the letterhead, «П Р И К А З» and
    «п р и к а з ы в а ю:» letter-spaced."""
    doc = Doc()
    doc.p('<text:line-break/>'.join(escape(l) for l in LETTERHEAD), 'Bold')
    doc.p('П Р И К А З', 'Bold')
    doc.frame(['от 21.04.2025 № 63'])
    doc.p('г. Зареченск', 'Center')
    doc.p('О проведении муниципального конкурса педагогического мастерства')
    doc.p('В целях выявления и поддержки творчески работающих педагогов')
    doc.p('п р и к а з ы в а ю:')
    points = ['Провести муниципальный конкурс педагогического мастерства по плану (приложение).', 'Контроль за исполнением приказа оставляю за собой.']
    doc.points([(escape(t), []) for t in points])
    signature(doc, 'Председатель комитета', 'И.В. Соколова')
    doc.p('УТВЕРЖДЕН', 'PageBreak')
    doc.p('приказом Комитета по образованию', 'Right')
    doc.p('от 21.04.2025 № 63', 'Right')
    doc.p('План проведения конкурса', 'Bold')
    sections = [('Подготовка', [('Приём заявок участников', 'до 15 мая 2025 года', 'МКУ «Методический центр»', 'Список участников')]),
                ('Проведение', [('Открытые уроки участников', 'май 2025 года', 'Общеобразовательные организации', 'Оценочные листы'),
                                ('Награждение победителей', 'июнь 2025 года', 'Комитет по образованию', 'Приказ об итогах')])]
    rows, expected = section_rows(sections)
    doc.table(5, HEADER, rows)
    return doc, {'points': points, 'signedPoints': ['1.', '2.'], 'sections': [dict(e, items=[dict(it, number=f'{s}.{i}.') for i, it in enumerate(e['items'], 1)]) for s, e in enumerate(expected, 1)]}


def tracked_changes():
    """Tracked changes, to be accepted: insertions kept, deletions dropped, in a point and in cells."""
    doc = Doc()
    letterhead(doc)
    doc.p('12.05.2025<text:tab/>№ 70', 'Tab')
    doc.p('г. Зареченск', 'Center')
    doc.p('О летней оздоровительной кампании 2025 года')
    doc.p('В целях организации отдыха и оздоровления детей')
    doc.p('ПРИКАЗЫВАЮ:')
    doc.points([
        ('Утвердить ' + doc.dele('проект ') + 'план подготовки к летней оздоровительной кампании' + doc.ins(' 2025 года') + '.', []),
        ('Контроль за исполнением приказа ' + doc.dele('возложить на заместителя') + doc.ins('оставляю за собой') + '.', []),
    ])
    points = ['Утвердить план подготовки к летней оздоровительной кампании 2025 года.', 'Контроль за исполнением приказа оставляю за собой.']
    signature(doc, 'Председатель комитета', 'И.В. Соколова')
    doc.p('УТВЕРЖДЕН', 'PageBreak')
    doc.p('приказом Комитета по образованию', 'Right')
    doc.p('от 12.05.2025 № 70', 'Right')
    doc.p('План подготовки к летней оздоровительной кампании', 'Bold')
    rows = [
        ['1.', {'text': 'Подготовка лагерей', 'span': 4}, {'covered': True}, {'covered': True}, {'covered': True}],
        ['1.1.', 'Приёмка лагерей с дневным пребыванием' + doc.ins(' детей'), doc.dele('апрель') + doc.ins('май') + ' 2025 года', 'Комитет по образованию', 'Акты приёмки'],
        ['1.2.', 'Обучение ' + doc.dele('всех ') + 'вожатых', 'май 2025 года', 'МКУ «Методический центр»', 'Списки ' + doc.ins('обученных ') + 'вожатых'],
    ]
    doc.table(5, HEADER, rows)
    return doc, {'points': points, 'signedPoints': ['1.', '2.'], 'sections': [{'title': 'Подготовка лагерей', 'items': [
        {'number': '1.1.', 'activity': 'Приёмка лагерей с дневным пребыванием детей', 'deadline': 'май 2025 года', 'responsible': 'Комитет по образованию', 'result': 'Акты приёмки'},
        {'number': '1.2.', 'activity': 'Обучение вожатых', 'deadline': 'май 2025 года', 'responsible': 'МКУ «Методический центр»', 'result': 'Списки обученных вожатых'}]}]}


def directive_esign():
    """РАСПОРЯЖЕНИЕ with the e-signature mark as a framed table, executor and distribution, the
    appendix grif «Приложение № 1 к распоряжению …», a numbered list restarted in each section."""
    doc = Doc()
    letterhead(doc, 'РАСПОРЯЖЕНИЕ')
    doc.p('«02» июня 2025 г.<text:tab/>№ 15-р', 'Tab')
    doc.p('г. Зареченск', 'Center')
    doc.p('Об организации повышения квалификации педагогов')
    doc.p('В соответствии с приказом Министерства образования Зареченской области от 12.05.2025 № 301 «О повышении квалификации»')
    points = ['Утвердить график повышения квалификации педагогов (приложение № 1).', 'Контроль за исполнением распоряжения оставляю за собой.']
    doc.points([(escape(t), []) for t in points])
    doc.p('')
    doc.body.append('<table:table table:name="Signature" table:style-name="Grid"><table:table-column table:number-columns-repeated="3"/><table:table-row>'
                    '<table:table-cell table:style-name="Plain" office:value-type="string"><text:p>Председатель комитета</text:p></table:table-cell>'
                    '<table:table-cell table:style-name="Cell" office:value-type="string"><text:p>ДОКУМЕНТ ПОДПИСАН</text:p><text:p>ЭЛЕКТРОННОЙ ПОДПИСЬЮ</text:p>'
                    '<text:p>Сертификат 7A3F09C1D2E4B5A6978812AB</text:p><text:p>Владелец Соколова Ирина Владимировна</text:p><text:p>Действителен с 10.01.2025 по 10.04.2026</text:p></table:table-cell>'
                    '<table:table-cell table:style-name="Plain" office:value-type="string"><text:p text:style-name="Right">И.В. Соколова</text:p></table:table-cell>'
                    '</table:table-row></table:table>')
    doc.p('')
    doc.p('Петрова Анна Сергеевна, 8(35100)2-17-45')
    doc.p('Рассылка: МКУ «Методический центр», школы, дело')
    doc.p('Приложение № 1', 'PageBreak')
    doc.p('к распоряжению Комитета по образованию', 'Right')
    doc.p('от 02.06.2025 № 15-р', 'Right')
    doc.p('График повышения квалификации педагогов на 2025 год', 'Bold')
    rows = [
        ['1.', {'text': 'Учителя начальных классов', 'span': 4}, {'covered': True}, {'covered': True}, {'covered': True}],
        ['1.1.', 'Курсы «Формирование функциональной грамотности»', 'сентябрь 2025 года', 'ГАУ ДПО «Институт развития образования»', 'Удостоверения'],
        ['1.2.', 'Стажировка на базе школы № 3', 'октябрь 2025 года', 'Общеобразовательные организации', 'Отчёт о стажировке'],
        ['2.', {'text': 'Учителя математики', 'span': 4}, {'covered': True}, {'covered': True}, {'covered': True}],
        ['2.1.', 'Курсы «Подготовка к ГИА по математике»', 'ноябрь 2025 года', 'ГАУ ДПО «Институт развития образования»', 'Удостоверения'],
    ]
    doc.table(5, HEADER, rows)
    expected = {'points': points, 'signedPoints': ['1.', '2.'], 'kind': 'directive',
                'electronicSignature': {'certificate': '7A3F09C1D2E4B5A6978812AB', 'owner': 'Соколова Ирина Владимировна', 'validFrom': '2025-01-10', 'validTo': '2026-04-10'},
                'executor': {'name': 'Петрова Анна Сергеевна', 'phone': '8(35100)2-17-45'},
                'distribution': ['МКУ «Методический центр»', 'школы', 'дело'],
                'sections': [
                    {'title': 'Учителя начальных классов', 'items': [
                        {'number': '1.1.', 'activity': 'Курсы «Формирование функциональной грамотности»', 'deadline': 'сентябрь 2025 года', 'responsible': 'ГАУ ДПО «Институт развития образования»', 'result': 'Удостоверения'},
                        {'number': '1.2.', 'activity': 'Стажировка на базе школы № 3', 'deadline': 'октябрь 2025 года', 'responsible': 'Общеобразовательные организации', 'result': 'Отчёт о стажировке'}]},
                    {'title': 'Учителя математики', 'items': [
                        {'number': '2.1.', 'activity': 'Курсы «Подготовка к ГИА по математике»', 'deadline': 'ноябрь 2025 года', 'responsible': 'ГАУ ДПО «Институт развития образования»', 'result': 'Удостоверения'}]}]}
    return doc, expected


FIXTURES = {
    'numbered-points': numbered_points,
    'merged-cells': merged_cells,
    'split-table': split_table,
    'text-box': text_box,
    'tracked-changes': tracked_changes,
    'directive-esign': directive_esign,
}


def main(out):
    work = tempfile.mkdtemp(prefix='prikaz-fixtures-')
    try:
        for name, build in FIXTURES.items():
            doc, expected = build()
            expected.setdefault('date', None)
            fodt = os.path.join(out, name + '.fodt')
            with open(fodt, 'w', encoding='utf-8', newline='\n') as f:
                f.write(doc.xml())
            with open(os.path.join(out, name + '.expected.json'), 'w', encoding='utf-8', newline='\n') as f:
                json.dump(expected, f, ensure_ascii=False, indent=1)
                f.write('\n')
            subprocess.run(['soffice', f'-env:UserInstallation=file://{work}/profile', '--headless', '--convert-to', 'docx:MS Word 2007 XML',
                            '--outdir', work, fodt], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
            normalise(os.path.join(work, name + '.docx'), os.path.join(out, name + '.docx'))
            print(name + '.docx')
    finally:
        shutil.rmtree(work, ignore_errors=True)


def normalise(source, target):
    """Rewrites the zip with fixed timestamps and without docProps (dates, software version), so a
    regeneration changes the committed file only when its content changes."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(info.filename)
            if info.filename.startswith('docProps/'):
                continue
            if info.filename == '[Content_Types].xml' or info.filename.endswith('.rels'):
                data = data.replace(b'<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>', b'')
                data = data.replace(b'<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>', b'')
            if info.filename == '_rels/.rels':
                import re
                data = re.sub(rb'<Relationship [^>]*docProps/[^>]*/>', b'', data)
            zout.writestr(zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else HERE)
