#!/usr/bin/env python3
"""Transcribe Decision 26/2026/QĐ-TTg's annexes into the platform's criteria data (format 'canonical').

Reads the decision as HTML (shared/data/ocop-criteria/decision-26-2026/qd-26-2026-qd-ttg.html: tables
intact, one row per line of a scorecard, two cells: the text and the points) and writes, into the
criteria folder (src/Ocop.Web/Data/ReferenceData/ocop-criteria by default):

  classification-26-2026.json  Phụ lục I/II: six groups (I–VI, as in 148) and the 26 product sets (26-01 … 26-26)
  scorecards-26-2026.json      Phụ lục II: the 26 scorecards (parts → sections → criteria → options)
  transcription-26-2026.md     what was read, set by set, for an officer to compare with the annex

How the annex is read (the same rules for every sheet; anything else is listed as a problem):
  "Phần A/B/C …"              a part; its stated maximum is kept to be checked
  "1. TỔ CHỨC SẢN XUẤT"       a section (numbered as in the sheet: A.1, B.4, C.6 …)
  "1.1. Nguồn gốc …"          a criterion (A.1.1); "1.2.1 …" a sub-criterion (A.1.2.1)
  "□ …" (or "o …")            an answer with its points; a trailing ***, ****, ***** is the star mark:
                              the minimum answer for that class
  "Lựa chọn một trong hai…"   the section scores one case: "a. Trường hợp 1: …" / "b. Trường hợp 2: …"
  answers right under a section (the tourism sheet's part C) belong to one criterion named as the section
  "Yêu cầu:", "Ghi chú:", "Chú ý:", "(…)" a note of what precedes it; a note that rejects ("Bị loại nếu…",
                              "không đánh giá các bước tiếp theo…") is a knock-out at that level
  "Hồ sơ bị loại khi: …" above the table: the sheet's own knock-out (a sheet note)

Usage: transcribe_decision_26.py SOURCE_HTML [OUTPUT_FOLDER]     (Python 3, standard library only)
"""
import html
import json
import os
import re
import sys

VERSION = "26/2026"
SET_CODE = "26-{:02d}"
SOURCE = "Quyết định 26/2026/QĐ-TTg ngày 22/5/2026, Phụ lục I và II (bản sao công khai, chưa đối chiếu Công báo)"
KNOCK_OUT_WORDS = ["bị loại", "không đánh giá các bước tiếp theo", "không đánh giá tiếp", "sẽ không đánh giá",
                   "không xem xét các chỉ tiêu khác", "không đánh giá những sản phẩm"]
# Phụ lục I's six groups; a sheet says its product ("Sản phẩm: Thực phẩm") and that names the group.
GROUPS = [
    ("I", "Sản phẩm thực phẩm", "thực phẩm"),
    ("II", "Sản phẩm đồ uống", "đồ uống"),
    ("III", "Sản phẩm dược liệu và sản phẩm từ dược liệu", "dược liệu"),
    ("IV", "Sản phẩm hàng thủ công mỹ nghệ", "thủ công mỹ nghệ"),
    ("V", "Sản phẩm sinh vật cảnh", "sinh vật cảnh"),
    ("VI", "Sản phẩm dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch", "du lịch"),
]


def text_of(fragment):
    parts = [html.unescape(re.sub(r"<[^>]+>", "", p)) for p in re.findall(r"<p>(.*?)</p>", fragment, re.S)]
    return " ".join(" ".join(p.split()) for p in parts if p.strip() and p.strip() != "\xa0").strip()


def is_knock_out(text):
    lower = text.lower()
    return any(word in lower for word in KNOCK_OUT_WORDS)


def title_and_note(text):
    """
    "DINH DƯỠNG (Chỉ ra hàm lượng …)" → ("Dinh dưỡng", "(Chỉ ra hàm lượng …)"); "Trí tuệ địa phương Yêu cầu: …" →
    ("Trí tuệ địa phương", "Yêu cầu: …"): a heading in capitals ends where the first word that is not, and any
    heading ends where "Yêu cầu:", "Ghi chú:" or "Chú ý:" starts.
    """
    note = None
    marker = re.search(r"\s(Yêu cầu|Ghi chú|Chú ý):", text)
    if marker:
        text, note = text[:marker.start()].strip(), text[marker.start():].strip()
    words = text.split()
    capitals = 0
    while capitals < len(words) and re.sub(r"[^\w]", "", words[capitals]).isupper():
        capitals += 1
    if capitals and capitals < len(words):
        rest = " ".join(words[capitals:])
        note = rest if note is None else rest + " " + note
        text = " ".join(words[:capitals])
    if text.isupper():
        text = text[:1] + text[1:].lower()
    return text, note


def star_mark(text):
    match = re.search(r"\s*(\*{3,5})\s*$", text)
    return (text[:match.start()].rstrip(), len(match.group(1))) if match else (text, None)


class Sheet:
    def __init__(self, number, name, product, group):
        self.number, self.name, self.product, self.group = number, name, product, group
        self.notes, self.problems, self.interpretations, self.parts = [], [], [], []
        self.part = self.section = self.criterion = self.parent = None
        self.stated = {}

    # The row kinds, in the order they are tried.
    def read(self, text, points):
        if text in ("Các tiêu chí", "") or text.startswith("TỔNG CỘNG"):
            if text.startswith("TỔNG CỘNG"):
                self.stated["total"] = points
            return
        part = re.match(r"^Ph[ầẦ]n\s*([ABC])\b[:\s]*(.*)$", text, re.I)
        if part:
            title = re.sub(r"\s*\(\s*\d+\s*Điểm\s*\)\s*$", "", part.group(2), flags=re.I).strip()
            self.part = {"code": part.group(1).upper(), "title": title[:1].upper() + title[1:].lower(), "sections": []}
            self.parts.append(self.part)
            self.stated[self.part["code"]] = points
            self.section = self.criterion = self.parent = None
            return
        if self.part is None:
            self.problems.append(f"dòng trước Phần A: {text[:80]}")
            return
        sub = re.match(r"^(\d+)\.(\d+)\.(\d+)\.?\s+(.*)$", text)
        if sub and self.parent is not None:
            self.criterion = self.new_criterion(f"{self.parent['code']}.{sub.group(3)}", sub.group(4), points)
            self.parent["subCriteria"].append(self.criterion)
            return
        criterion = re.match(r"^(\d+)\.(\d+)\.?\s+(.*)$", text)
        if criterion:
            self.need_section(text)
            self.criterion = self.parent = self.new_criterion(f"{self.part['code']}.{criterion.group(1)}.{criterion.group(2)}", criterion.group(3), points)
            self.section["criteria"].append(self.criterion)
            return
        section = re.match(r"^(\d+)\.?\s+(?!\d)(.*)$", text)
        if section:
            title, note = title_and_note(section.group(2).strip())
            self.section = {"code": f"{self.part['code']}.{section.group(1)}", "title": title, "note": None, "chooseOne": False, "criteria": [], "stated": points}
            self.part["sections"].append(self.section)
            self.criterion = self.parent = None
            if note:
                self.note(note)
            return
        if text.startswith("Lựa chọn một trong"):
            self.need_section(text)
            self.section["chooseOne"] = True
            return
        case = re.match(r"^([a-z])\.\s*(Trường hợp.*)$", text)
        if case and self.section is not None and self.section["chooseOne"]:
            self.criterion = self.parent = self.new_criterion(f"{self.section['code']}.{case.group(1)}", case.group(2), points)
            self.section["criteria"].append(self.criterion)
            return
        option = re.match(r"^(?:□|o\s)\s*(.*)$", text)
        if option:
            self.need_section(text)
            if self.criterion is None:
                # Answers right under a section: the section is its own single criterion.
                self.criterion = self.parent = self.new_criterion(f"{self.section['code']}.1", self.section["title"], self.section["stated"])
                self.section["criteria"].append(self.criterion)
            answer, inline = option.group(1), None
            split = re.search(r"\s(Ghi chú|Chú ý):", answer)
            if split:
                # A note written inside an answer ("…***** Ghi chú: Nếu sản phẩm vi phạm sở hữu trí tuệ, sẽ bị loại"):
                # the answer is what precedes it; a rejecting note is the criterion's knock-out.
                answer, inline = answer[:split.start()], answer[split.start():].strip()
            label, mark = star_mark(answer)
            if inline:
                self.note(inline)
                self.interpretations.append(f"{self.criterion['code']}: ghi chú trong câu trả lời '{label[:40]}…' đọc là ghi chú của tiêu chí")
            if points is None and label.startswith("Không"):
                # "□ Không được cấp …" left blank in the sheet: the answer that earns nothing.
                points = 0
                self.interpretations.append(f"{self.criterion['code']}: '{label[:50]}' không ghi điểm, đọc là 0")
            if points is None:
                self.problems.append(f"{self.criterion['code']}: câu trả lời không có điểm: {label[:60]}")
                return
            self.criterion["options"].append({"text": label, "points": points, "starMark": mark})
            return
        self.note(text)

    def new_criterion(self, code, title, points):
        label, note = title_and_note(title.strip())
        label, mark = star_mark(label)
        knock_out = note if note and is_knock_out(note) else None
        return {"code": code, "title": label, "note": None if knock_out else note, "mandatoryStarMark": mark, "knockOut": knock_out,
                "options": [], "subCriteria": [], "stated": points}

    def need_section(self, text):
        if self.section is None:
            self.problems.append(f"dòng ngoài mục nào: {text[:80]}")
            self.section = {"code": f"{self.part['code']}.0", "title": "(không rõ)", "note": None, "chooseOne": False, "criteria": [], "stated": None}
            self.part["sections"].append(self.section)

    def note(self, text):
        target = self.criterion if self.criterion is not None else self.section
        if target is None:
            self.notes.append(text)
            return
        if is_knock_out(text) and "knockOut" in target:
            target["knockOut"] = text if target["knockOut"] is None else target["knockOut"] + " " + text
        else:
            target["note"] = text if target["note"] is None else target["note"] + " " + text


def parse(source):
    document = open(source, encoding="utf-8").read()
    start = document.find("PHỤ LỤC II")
    end = document.find("PHỤ LỤC III", start)
    annex = document[start:end]
    sheets, sheet, pending_name = [], None, None
    for match in re.finditer(r"<table>.*?</table>|<p>.*?</p>", annex, re.S):
        fragment = match.group(0)
        if fragment.startswith("<table>"):
            rows = re.findall(r"<tr>(.*?)</tr>", fragment, re.S)
            if sheet is None or len(rows) < 5:
                continue
            for row in rows:
                cells = [text_of(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
                if cells[0] == "Các tiêu chí":
                    continue
                points = cells[1] if len(cells) > 1 else ""
                # Two numbers in one cell ("2 2", "4 1": a stray mark after the maximum) are read as the first.
                twice = re.fullmatch(r"(\d+)\s+\d+", points)
                number = int(points) if re.fullmatch(r"\d+", points) else int(twice.group(1)) if twice else None
                if twice:
                    sheet.interpretations.append(f"điểm '{points}' đọc là {number} ở dòng: {cells[0][:60]}")
                if points and number is None:
                    sheet.problems.append(f"điểm không đọc được '{points}' ở dòng: {cells[0][:60]}")
                sheet.read(cells[0], number)
            sheets.append(sheet)
            sheet = None
            continue
        text = text_of(fragment)
        head = re.match(r"^(\d+)\.\s*(?:Bộ sản phẩm:\s*|Sản phẩm\s+)(.+)$", text)
        if head:
            pending_name = (int(head.group(1)), head.group(2).strip())
            continue
        kind = re.match(r"^\(Sản phẩm:\s*(.+?)(?:[.,]\s*Nhóm:\s*(.+))?\)$", text)
        if kind and pending_name:
            product = kind.group(1).strip()
            group = next((g for g in GROUPS if g[2] in product.lower()), None)
            sheet = Sheet(pending_name[0], pending_name[1][:1].upper() + pending_name[1][1:], product, group[0] if group else None)
            pending_name = None
            continue
        if sheet is not None and text.startswith("Hồ sơ bị loại khi") and text not in sheet.notes:
            sheet.notes.append(text)
    return sheets


def finish(sheet):
    """
    A leaf criterion the sheet scores without answers ("2.4. Ghi nhãn … song ngữ | 1") is met or not.
    An answer worth more than its criterion's maximum by a leading stray "1" ("13" under a maximum of 3,
    as OCR reads l or t) is read without it; the sheet's value is kept in the report.
    """
    for part in sheet.parts:
        for section in part["sections"]:
            for top in section["criteria"]:
                for c in [top] + top["subCriteria"]:
                    for option in c["options"]:
                        raw = str(option["points"])
                        if c["stated"] is not None and option["points"] > c["stated"] and raw.startswith("1") and len(raw) > 1 and int(raw[1:]) <= c["stated"]:
                            option["points"] = int(raw[1:])
                            sheet.interpretations.append(f"{c['code']}: '{option['text'][:50]}' ghi {raw}, quá mức tối đa {c['stated']}: đọc là {option['points']}")
                    if not c["subCriteria"] and not c["options"] and c["stated"]:
                        c["options"] = [{"text": "Không đạt", "points": 0, "starMark": None}, {"text": "Đạt", "points": c["stated"], "starMark": None}]
                        sheet.interpretations.append(f"{c['code']}: tiêu chí không có mức, chấm Đạt ({c['stated']}) / Không đạt (0)")


def canonical(criterion):
    return {"code": criterion["code"], "title": criterion["title"], "note": criterion["note"],
            "mandatoryStarMark": criterion["mandatoryStarMark"], "knockOut": criterion["knockOut"],
            "options": criterion["options"], "subCriteria": [canonical(c) for c in criterion["subCriteria"]]}


def best(criterion):
    if criterion["subCriteria"]:
        return sum(best(c) for c in criterion["subCriteria"])
    return max((o["points"] for o in criterion["options"]), default=0)


def check(sheet):
    """The same sums the platform's validator makes, and the sheet's own stated points against them."""
    problems = list(sheet.problems)
    maxima = {"A": 40, "B": 25, "C": 35}
    total = 0
    for part in sheet.parts:
        part_sum = 0
        for section in part["sections"]:
            values = [best(c) for c in section["criteria"]]
            section_sum = (max(values) if section["chooseOne"] else sum(values)) if values else 0
            if section["stated"] is not None and section_sum != section["stated"]:
                problems.append(f"mục {section['code']}: các tiêu chí cộng {section_sum}, phiếu ghi {section['stated']}")
            for criterion in section["criteria"]:
                for c in [criterion] + criterion["subCriteria"]:
                    if c["stated"] is not None and best(c) != c["stated"]:
                        problems.append(f"tiêu chí {c['code']}: điểm cao nhất {best(c)}, phiếu ghi {c['stated']}")
            part_sum += section_sum
        if part_sum != maxima.get(part["code"]):
            problems.append(f"Phần {part['code']} cộng được {part_sum}, phải là {maxima.get(part['code'])}")
        if sheet.stated.get(part["code"]) not in (None, part_sum):
            problems.append(f"Phần {part['code']}: phiếu ghi {sheet.stated.get(part['code'])}, các mục cộng {part_sum}")
        total += part_sum
    if total != 100:
        problems.append(f"Tổng cộng {total}, phải là 100")
    if [p["code"] for p in sheet.parts] != ["A", "B", "C"]:
        problems.append(f"các phần đọc được: {[p['code'] for p in sheet.parts]}")
    if sheet.group is None:
        problems.append(f"không xác định được nhóm từ '{sheet.product}'")
    return problems


def counts(sheet):
    criteria = [c for p in sheet.parts for s in p["sections"] for c0 in s["criteria"] for c in [c0] + c0["subCriteria"]]
    options = [o for c in criteria for o in c["options"]]
    marks = {n: sum(1 for o in options if o["starMark"] == n) for n in (3, 4, 5)}
    knock_outs = [("phiếu", n) for n in sheet.notes if is_knock_out(n)]
    knock_outs += [(s["code"], s["note"]) for p in sheet.parts for s in p["sections"] if s["note"] and is_knock_out(s["note"])]
    knock_outs += [(c["code"], c["knockOut"]) for c in criteria if c["knockOut"]]
    return criteria, options, marks, knock_outs


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "..", "..", "src", "Ocop.Web", "Data", "ReferenceData", "ocop-criteria")
    sheets = parse(sys.argv[1])
    numbers = sorted(s.number for s in sheets)
    if numbers != list(range(1, 27)):
        print(f"expected sheets 1–26, read {numbers}", file=sys.stderr)
        return 1

    groups = [{"code": code, "name": name, "sets": [{"code": SET_CODE.format(s.number), "name": s.name} for s in sorted(sheets, key=lambda x: x.number) if s.group == code]}
              for code, name, _ in GROUPS]
    with open(os.path.join(out, "classification-26-2026.json"), "w", encoding="utf-8") as f:
        json.dump({"about": f"Phân loại sản phẩm của {VERSION}: sáu nhóm (Phụ lục I) và 26 bộ sản phẩm (Phụ lục II). Sinh bởi tools/criteria/transcribe_decision_26.py.",
                   "source": SOURCE, "groups": groups}, f, ensure_ascii=False, indent=1)
        f.write("\n")

    scorecards, report = [], []
    report.append(f"# Bản chép bộ tiêu chí {VERSION} (Phụ lục II)\n")
    report.append(f"Sinh bởi `tools/criteria/transcribe_decision_26.py` từ bản HTML của quyết định. Nguồn: {SOURCE}.")
    report.append("Mỗi phiếu: số tiêu chí (kể cả tiêu chí con), số câu trả lời, số dấu sao theo hạng, các điều kiện loại và vấn đề (nếu có).")
    report.append("Cán bộ đối chiếu từng dòng với phụ lục trước khi xác nhận phiếu trên nền tảng.\n")
    report.append("| Bộ | Tên | Nhóm | Tiêu chí | Câu trả lời | *** | **** | ***** | Điều kiện loại | Vấn đề |")
    report.append("|---|---|---|---|---|---|---|---|---|---|")
    details = []
    for sheet in sorted(sheets, key=lambda x: x.number):
        finish(sheet)
        problems = check(sheet)
        criteria, options, marks, knock_outs = counts(sheet)
        code = SET_CODE.format(sheet.number)
        scorecards.append({"setCode": code, "name": sheet.name, "notes": sheet.notes, "sourceUrl": None, "problems": problems,
                           "parts": [{"code": p["code"], "title": p["title"], "sections": [
                               {"code": s["code"], "title": s["title"], "note": s["note"], "chooseOne": s["chooseOne"],
                                "criteria": [canonical(c) for c in s["criteria"]]} for s in p["sections"]]} for p in sheet.parts]})
        report.append(f"| {code} | {sheet.name} | {sheet.group} | {len(criteria)} | {len(options)} | {marks[3]} | {marks[4]} | {marks[5]} | {len(knock_outs)} | {len(problems)} |")
        details.append(f"\n## {code} {sheet.name}\n")
        for where, text in knock_outs:
            details.append(f"- Loại ({where}): {text}")
        for reading in sheet.interpretations:
            details.append(f"- Cách đọc: {reading}")
        for problem in problems:
            details.append(f"- Vấn đề: {problem}")
    with open(os.path.join(out, "scorecards-26-2026.json"), "w", encoding="utf-8") as f:
        json.dump({"about": f"Phiếu đánh giá {VERSION} (Phụ lục II), định dạng canonical của nền tảng. Sinh bởi tools/criteria/transcribe_decision_26.py; "
                            "'problems' là những gì bản chép chưa khớp (trống khi phiếu đủ). Chưa đối chiếu với bản chính thức: cán bộ xác nhận từng phiếu.",
                   "source": SOURCE, "scorecards": scorecards}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(out, "transcription-26-2026.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(report + details) + "\n")
    incomplete = [s["setCode"] for s in scorecards if s["problems"]]
    print(f"{len(scorecards)} sheets written; with problems: {incomplete or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
