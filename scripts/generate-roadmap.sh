#!/usr/bin/env bash
# Writes a roadmap of ROWS items to stdout, for benchmarks: the Chelyabinsk seed's order, parties and
# columns, and ROWS items in sections of twelve whose texts, deadlines and executors vary like a real
# table's. The same as tests/Prikaz.Tests/Performance/GeneratedRoadmap.cs, byte for byte (a test
# compares them).
#
# With --typst it writes the same order and table as Typst markup instead (for scripts/bench-peers.sh):
# the order's page, then a landscape appendix whose table repeats its header on every page.
#
# Usage: scripts/generate-roadmap.sh [--typst] ROWS [SEED.yaml] > roadmap.yaml
set -euo pipefail
typst=0
if [[ "${1:-}" == "--typst" ]]; then typst=1; shift; fi
rows="${1:?usage: generate-roadmap.sh [--typst] ROWS [SEED.yaml]}"
root="$(cd "$(dirname "$0")/.." && pwd)"
seed="${2:-$root/roadmaps/chelyabinsk-2020-shnor.yaml}"

if [[ $typst == 0 ]]; then
  # Everything of the seed up to its sections, then the generated sections.
  awk '/^  sections:$/ { exit } { print }' "$seed"
  echo "  sections:"
fi
awk -v rows="$rows" -v typst="$typst" 'BEGIN {
  a[0] = "Мониторинг результатов оценочных процедур в общеобразовательной организации № %d"
  a[1] = "Индивидуальные консультации руководителей и педагогов школы № %d по запросу образовательной организации с низкими образовательными результатами"
  a[2] = "Семинар для заместителей директоров по учебно-воспитательной работе (школа № %d)"
  a[3] = "Разработка и согласование программы перехода школы № %d в эффективный режим работы, включая план методического сопровождения и повышения квалификации педагогических работников"
  a[4] = "Посещение уроков и анализ рабочих программ по предметам, школа № %d"
  d[0] = "июнь-июль 2020 года"; d[1] = "до 30 декабря 2020 года"; d[2] = "сентябрь-ноябрь 2021 года"
  d[3] = "ежеквартально"; d[4] = "до 1 октября 2022 года"; d[5] = "в течение 2023 года"
  p[0] = "[rcokio]"; p[1] = "[rcokio, mouo]"; p[2] = "[chipkro, mouo, oo-nor]"; p[3] = "[minobr]"; p[4] = "[copmkp, rcokio]"
  r[0] = "Аналитическая справка"
  r[1] = "Информационное письмо в МОУО, протокол совещания, план мероприятий по итогам консультаций"
  r[2] = "Программа перехода в эффективный режим работы"
  r[3] = "Отчёт о проведённых мероприятиях"
  if (typst) { typst_table(); exit }
  for (i = 0; i < rows; i++) {
    if (i % 12 == 0) printf "    - title: Сопровождение общеобразовательных организаций муниципального округа № %d\n      items:\n", int(i / 12) + 1
    printf "        - activity: " a[i % 5] "\n", i + 1
    printf "          deadline: %s\n", d[int(i / 3) % 6]
    printf "          responsible: %s\n", p[int(i / 2) % 5]
    printf "          result: %s\n", r[int(i / 5) % 4]
  }
}

# Typst has no party registry: the executors are printed by their names, as the order prints them.
function names(list,    out) {
  out = list; gsub(/[\[\]]/, "", out)
  gsub(/rcokio/, "ГБУ ДПО РЦОКИО", out); gsub(/chipkro/, "ГБУ ДПО ЧИПКРО", out); gsub(/oo-nor/, "ОО с низкими образовательными результатами", out)
  gsub(/mouo/, "МОУО", out); gsub(/minobr/, "Министерство образования и науки Челябинской области", out)
  gsub(/copmkp/, "Центр оценки профессионального мастерства и квалификаций педагогов", out)
  return out
}

function typst_table(    i, activity) {
  print "#set page(paper: \"a4\", margin: (top: 20mm, bottom: 20mm, left: 30mm, right: 10mm))"
  print "#set text(font: \"Liberation Serif\", size: 14pt, lang: \"ru\")"
  print "#set par(justify: true, first-line-indent: 1.25cm)"
  print "#align(center)[*МИНИСТЕРСТВО ОБРАЗОВАНИЯ И НАУКИ ЧЕЛЯБИНСКОЙ ОБЛАСТИ*]"
  print "#align(center)[*П Р И К А З*]"
  print "#grid(columns: (1fr, 1fr), [23.06.2020], align(right)[№ 017/1324])"
  print "#align(center)[г. Челябинск]"
  print "#block(width: 75mm)[*Об утверждении «дорожной карты» комплексного сопровождения общеобразовательных организаций с низкими образовательными результатами*]"
  print "В рамках реализации государственной программы Челябинской области «Развитие образования в Челябинской области» ПРИКАЗЫВАЮ:"
  print "+ Утвердить прилагаемую «дорожную карту»."
  print "+ Контроль исполнения настоящего приказа оставляю за собой."
  print "#grid(columns: (1fr, 1fr), [Министр], align(right)[А.И. Кузнецов])"
  print "#set page(flipped: true, margin: (top: 20mm, bottom: 20mm, left: 20mm, right: 20mm), header: context align(center)[#counter(page).display()])"
  print "#set text(size: 12pt)"
  print "#set par(first-line-indent: 0pt, justify: false)"
  print "#align(right)[#block(width: 80mm)[#align(left)[УТВЕРЖДЕНА \\ приказом Министерства образования и науки Челябинской области от 23.06.2020 № 017/1324]]]"
  print "#align(center)[*«Дорожная карта» комплексного сопровождения общеобразовательных организаций*]"
  print "#table(columns: (15mm, 110mm, 35mm, 55mm, 42mm), stroke: 0.5pt, inset: (x: 3pt, y: 2pt),"
  print "  table.header([*№ п/п*], [*Наименование мероприятия*], [*Срок (период) проведения*], [*Ответственный исполнитель*], [*Результат*], [1], [2], [3], [4], [5]),"
  for (i = 0; i < rows; i++) {
    if (i % 12 == 0) printf "  table.cell(colspan: 5)[*%d. Сопровождение общеобразовательных организаций муниципального округа № %d*],\n", int(i / 12) + 1, int(i / 12) + 1
    activity = sprintf(a[i % 5], i + 1)
    printf "  [%d.%d.], [%s], [%s], [%s], [%s],\n", int(i / 12) + 1, (i % 12) + 1, activity, d[int(i / 3) % 6], names(p[int(i / 2) % 5]), r[int(i / 5) % 4]
  }
  print ")"
}'
