/**
 * Every sentence a user reads, in Vietnamese (default: clerks read Vietnamese) and English.
 * Placeholders are `{name}`; `render` fills them. Workbooks are official documents and use `vi`.
 */

const vi = {
  // severity and locations
  'severity.error': 'Lỗi',
  'severity.warning': 'Cảnh báo',
  'where.format': '{file} › {sheet} › {cell}',

  // cell grammar
  'grammar.bareNumber': 'có số "{token}" nhưng không có mã. Ghi số lần liền trước mã, ví dụ 2B.',
  'grammar.unknownCode': 'không có mã "{token}" trong quy chế. Có phải là "{suggestion}"?',
  'grammar.zeroCount': '"{token}": số lần phải từ 1 trở lên.',
  'grammar.countNotAllowed': '"{token}": mã {code} không được ghi số lần. Mỗi ô chỉ ghi {code} một lần.',
  'grammar.repeatedAbsence': 'mã {code} ghi hai lần trong một ô. Xóa một lần.',
  'grammar.contradiction': '{first} và {second} mâu thuẫn trong một ô (cùng một buổi). Giữ lại một mã.',

  // cell values
  'cell.number': 'ô chứa số {value}, không phải mã. Định dạng ô là Văn bản (Text) rồi gõ lại mã.',
  'cell.date': 'Excel đã đổi nội dung ô thành ngày {value}. Định dạng ô là Văn bản (Text) rồi gõ lại mã.',
  'cell.error': 'ô chứa lỗi công thức {value}. Xóa công thức và gõ mã.',
  'cell.boolean': 'ô chứa giá trị đúng/sai {value}, không phải mã. Gõ lại mã.',
  'cell.formula': 'ô chứa công thức; đã đọc kết quả "{value}". Nên gõ mã trực tiếp.',
  'cell.unsupported': 'không đọc được nội dung ô. Gõ lại mã.',

  // grid structure
  'grid.noHeader': '{file}: không tìm thấy dòng tiêu đề (TT, Họ và tên, các ngày 1…31) trong trang tính nào. Dùng bảng do "scoring init-month" tạo.',
  'grid.missingDayColumns': 'dòng tiêu đề thiếu cột ngày {days}. Bảng phải có đủ 31 cột ngày.',
  'grid.noMonth': 'không xác định được tháng của bảng. Ghi "THÁNG MM NĂM YYYY" ở dòng tiêu đề hoặc thêm --month YYYY-MM.',
  'grid.monthConflict': 'tháng/năm không khớp: {a} ghi {va}, {b} ghi {vb}. Sửa lại tiêu đề hoặc --month.',
  'grid.codeOnMissingDay': 'tháng {month}/{year} không có ngày {day}, nhưng ô có mã. Xóa mã hoặc chuyển sang đúng ngày.',
  'grid.deductionOnWeekend': 'ngày {day} là ngày nghỉ cuối tuần mà có mã trừ điểm {code}. Kiểm tra lại.',
  'grid.deductionOnHoliday': 'ngày {day} là ngày nghỉ lễ ({holiday}) mà có mã trừ điểm {code}. Kiểm tra lại.',
  'grid.codesWithoutName': 'dòng {row} có mã chấm điểm nhưng không có họ tên. Điền họ tên hoặc xóa mã.',
  'grid.rulesChanged': 'bảng được tạo theo quy chế khác (dấu {grid}, quy chế đang dùng {rules}). Kiểm tra --rules.',

  // staff identity
  'staff.duplicateId': 'mã cán bộ "{id}" trùng ở dòng {row} và dòng {other}. Mỗi người một mã.',
  'staff.duplicateName': '"{name}" xuất hiện hai lần (dòng {row} và {other}) mà không có mã. Điền cột Mã để phân biệt.',
  'staff.idNameMismatch': 'mã "{id}" là "{name}" ở đây nhưng là "{other}" trong {otherFile}. Sửa mã hoặc họ tên cho khớp.',
  'staff.ambiguousName': 'có nhiều người tên "{name}" với mã khác nhau; dòng này không có mã. Điền cột Mã.',
  'staff.partialMonths': '{name} chỉ có trong tháng {months}.',

  // tally and classify
  'tally.mixedYears': 'bảng thuộc năm {year}, khác năm {other} của {otherFile}. Mỗi lần tổng hợp chỉ một năm.',
  'tally.mixedUnits': 'bảng của đơn vị "{unit}", khác "{other}" của {otherFile}. Mỗi lần tổng hợp chỉ một đơn vị.',
  'tally.duplicateMonth': 'tháng {month} đã có trong {otherFile}. Bỏ bớt một file.',
  'tally.missingMonths': 'thiếu bảng chấm điểm tháng {months}.',
  'tally.tooManyFiles': 'nhận {count} file; một năm có nhiều nhất 12 bảng tháng.',
  'classify.missingMonths': 'thiếu bảng tháng {months} cho cả đơn vị. Bổ sung, hoặc thêm --allow-missing-months để xếp loại theo số tháng có.',
  'classify.rosterPersonMissing': '{name} có trong danh sách cuối năm nhưng không có trong bảng chấm điểm nào.',
  'classify.notReport': 'không phải bảng tổng hợp do "scoring tally" tạo (thiếu trang "Tổng hợp").',

  // notes on a classified person
  'note.disciplineCap': 'Bị kỷ luật ({discipline}{date}): xếp KHTNV theo khoản 5 Điều 2 NĐ 90/2020 (sửa đổi bởi NĐ 48/2023), Điều 20 NĐ 335/2025.',
  'note.partialYearUnclassified': 'Chỉ có {months} tháng trong danh sách (dưới {min} tháng): không xếp loại.',
  'note.underSixMonths': 'Chỉ làm việc {months} tháng (dưới {min} tháng): không xếp loại (khoản 3 Điều 2 NĐ 90/2020).',
  'note.maternity': 'Nghỉ thai sản: xếp loại theo {months} tháng thực tế làm việc.',
  'note.partialYearScaled': 'Có {months} tháng: điểm quy đổi về 12 tháng.',
  'note.gapStrict': 'Điểm {value} ngoài khung điểm của kế hoạch: cần xem xét.',
  'note.gapLowerBound': 'Điểm {value} ngoài khung điểm của kế hoạch; tạm xếp {level} theo cận dưới.',
  'note.quotaMoved': 'Chuyển xuống HTTNV do vượt tỷ lệ {share}% của nhóm {group} (NĐ 335/2025), theo --enforce-quota.',

  // files
  'file.notFound': '{file}: không tìm thấy file. Kiểm tra đường dẫn.',
  'file.isDirectory': '{file}: là thư mục, không phải file .xlsx.',
  'file.notReadable': '{file}: không có quyền đọc file. Kiểm tra quyền truy cập.',
  'file.empty': '{file}: file rỗng (0 byte). Lấy lại bản gốc.',
  'file.xls': '{file}: là file Excel cũ (.xls). Mở bằng Excel hoặc LibreOffice và lưu lại dạng .xlsx.',
  'file.encrypted': '{file}: file có đặt mật khẩu. Mở file, bỏ mật khẩu rồi lưu lại.',
  'file.notZip': '{file}: không phải file .xlsx (có thể là CSV hoặc văn bản đổi đuôi). Mở bằng Excel và lưu dạng .xlsx.',
  'file.corrupt': '{file}: file .xlsx bị hỏng hoặc không đầy đủ ({detail}). Lấy lại bản gốc hoặc lưu lại bằng Excel.',
  'file.tooLarge': '{file}: nội dung giải nén vượt giới hạn {limit} MB (nghi là file độc hại). Không xử lý.',
  'file.outputExists': '{file}: đã có file này. Thêm --force để ghi đè, hoặc chọn tên khác bằng -o.',
  'file.outputIsInput': '{file}: file kết quả trùng file đầu vào. Chọn tên khác bằng -o.',
  'file.writeFailed': '{file}: không ghi được (lỗi hệ thống {detail}). Thử ghi sang thư mục khác bằng -o.',
  'file.readFailed': '{file}: không đọc được (lỗi hệ thống {detail}). Chép file sang thư mục khác rồi chạy lại.',
  'file.diskFull': '{file}: không ghi được vì ổ đĩa đã đầy. Xóa bớt file không cần hoặc ghi sang ổ khác bằng -o. Chưa ghi gì.',
  'file.noWritePermission': '{file}: không có quyền ghi vào thư mục {folder}. Chọn thư mục của mình bằng -o (ví dụ trong Tài liệu).',
  'file.readOnlyFolder': '{file}: thư mục {folder} chỉ cho đọc (ổ chỉ đọc, đĩa CD hoặc USB khóa ghi). Ghi sang thư mục khác bằng -o.',
  'file.locked': '{file}: file đang được mở trong chương trình khác (Excel, LibreOffice…). Đóng file đó rồi chạy lại.',
  'file.pathTooLong': '{file}: đường dẫn hoặc tên file quá dài. Đặt tên ngắn hơn hoặc dùng thư mục nông hơn.',
  'file.folderMissing': '{file}: thư mục {folder} không tồn tại. Tạo thư mục trước hoặc sửa đường dẫn ở -o.',

  // roster
  'roster.noNameColumn': '{file}: không có cột "Họ và tên". Dòng đầu phải có các cột Mã, Họ và tên, Chức vụ, Nhóm.',
  'roster.empty': '{file}: danh sách không có ai.',
  'roster.blankName': '{file} › dòng {row}: thiếu họ tên.',
  'roster.duplicateName': '{file}: "{name}" có hai lần (dòng {row} và {other}) mà không có mã. Điền cột Mã.',
  'roster.duplicateId': '{file}: mã "{id}" trùng ở dòng {row} và {other}.',
  'roster.unsupported': '{file}: danh sách phải là .csv hoặc .xlsx (hoặc bảng chấm điểm tháng trước).',

  // rulebook
  'rulebook.notJson': '{file}: không phải JSON hợp lệ ({detail}).',
  'rulebook.invalid': '{file}: quy chế có {count} lỗi:',
  'rulebook.field': '  • {path}: {message}',
  'rulebook.unknownPreset': 'không có mẫu quy chế "{preset}". Các mẫu: {presets}.',
  'letterhead.district': 'dòng cơ quan chủ quản "{parent}" nêu cấp huyện, nhưng văn bản bắt đầu từ {date} (từ 01/07/2025 không còn cấp huyện). Sửa unit.parent / unit.parentUntil trong quy chế, hoặc dùng --parent.',

  // usage
  'usage.badMonth': 'tháng "{value}" không đúng dạng YYYY-MM (ví dụ 2023-03).',
  'usage.badDate': 'ngày "{value}" không đúng dạng YYYY-MM-DD hoặc DD/MM/YYYY.',
  'usage.periodOrder': '--from phải trước --to.',
  'usage.noFiles': 'cần ít nhất một file.',
  'usage.badLang': 'ngôn ngữ "{value}" không hỗ trợ; dùng vi hoặc en.',
  'usage.generic': '{detail}',
  'internal.error': 'lỗi nội bộ: {detail}. Vui lòng báo lỗi kèm file đầu vào.',

  // terminal output
  'cli.description': 'Chấm điểm kỷ luật hàng tháng và xếp loại cuối năm cán bộ, công chức.',
  'cli.wrote': 'Đã ghi {file}',
  'cli.problemCount': '{errors} lỗi, {warnings} cảnh báo.',
  'cli.noProblems': 'Không có lỗi.',
  'cli.moreRows': '… và {count} dòng nữa (xem đủ trong file Excel hoặc với --json).',
  'cli.moreProblems': '… và {count} lỗi/cảnh báo nữa (xem đủ với --json, --annotate hoặc trang Kiểm tra).',
  'cli.nothingWritten': 'Chưa ghi file nào vì còn lỗi.',
  'cli.monthHeading': '{file} — tháng {month}/{year}',
  'cli.progress': 'Đang đọc {done}/{total} file, {people} người, {seconds} giây',
  'cli.progressWriting': 'Đang ghi {file}…',
  'cli.demoStep': '{step}: {file}',
  'cli.demoDone': 'Xong. Các file kết quả nằm trong {dir}.',
  'cli.summary': 'Tổng kết: HTXSNV {HTXSNV}, HTTNV {HTTNV}, HTNV {HTNV}, KHTNV {KHTNV}, không xếp loại {unclassified}. Tỷ lệ HTTNV trở lên {share}% ({target}). Có nghỉ vô lý do: {absent} người.',
  'cli.targetMet': 'đạt chỉ tiêu CCHC ≥ {target}%',
  'cli.targetMissed': 'chưa đạt chỉ tiêu CCHC ≥ {target}%',
  'cli.quotaHolds': 'Tỷ lệ HTXSNV: đạt (nhóm {group}: {excellent}/{limit} cho phép).',
  'cli.andMore': ' và {count} người nữa',
  'cli.quotaBroken': 'Tỷ lệ HTXSNV: VƯỢT (nhóm {group}: {excellent} người, tối đa {limit}). Người ở ranh giới: {border}.',
  'cli.ranking': 'Xếp hạng theo điểm còn lại trong kỳ {from} – {to}:',
  'cli.narrowByQuarter': 'Màn hình hẹp: bảng gộp theo quý. File Excel có đủ từng tháng.',
  'cli.narrowTotals': 'Màn hình hẹp: chỉ hiện tổng. File Excel có đủ từng tháng và từng quý.',
  'cli.narrowClassification': 'Màn hình hẹp: bỏ cột Nhóm và Tổng điểm năm. File Excel có đủ các cột.',
  'cli.narrowCheck': 'Màn hình hẹp: bỏ số lần theo từng mã. Xem đủ với --json hoặc màn hình rộng hơn.',

  // table and document headings
  'col.tt': 'TT',
  'col.id': 'Mã',
  'col.name': 'Họ và tên',
  'col.position': 'Chức vụ',
  'col.group': 'Nhóm',
  'col.deducted': 'Điểm trừ',
  'col.score': 'Điểm còn',
  'col.total': 'Tổng điểm năm',
  'col.compared': 'Điểm so khung',
  'col.level': 'Xếp loại',
  'col.notes': 'Ghi chú',
  'col.month': 'T{month}',
  'col.quarter': 'Quý {quarter}',
  'col.date': 'Ngày',
  'col.code': 'Mã vi phạm',
  'col.count': 'Số lần',
  'col.points': 'Điểm trừ',
  'col.file': 'File',
  'col.sheet': 'Trang tính',
  'col.cell': 'Ô',
  'col.severity': 'Mức',
  'col.message': 'Nội dung',
  'col.rank': 'Hạng',
  'col.kept': 'Điểm còn',
  'level.none': 'Không xếp loại',
  'level.review': 'Cần xem xét',
} as const;

export type MessageKey = keyof typeof vi;
export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

const en: Record<MessageKey, string> = {
  'severity.error': 'Error',
  'severity.warning': 'Warning',
  'where.format': '{file} › {sheet} › {cell}',

  'grammar.bareNumber': 'the number "{token}" has no code. Write the count right before the code, e.g. 2B.',
  'grammar.unknownCode': 'the rulebook has no code "{token}". Did you mean "{suggestion}"?',
  'grammar.zeroCount': '"{token}": the count must be 1 or more.',
  'grammar.countNotAllowed': '"{token}": code {code} takes no count. Write {code} once per cell.',
  'grammar.repeatedAbsence': 'code {code} appears twice in one cell. Remove one.',
  'grammar.contradiction': '{first} and {second} contradict each other in one cell (same session). Keep one.',

  'cell.number': 'the cell holds the number {value}, not a code. Format the cell as Text and type the code again.',
  'cell.date': 'Excel turned the cell into the date {value}. Format the cell as Text and type the code again.',
  'cell.error': 'the cell holds the formula error {value}. Remove the formula and type the code.',
  'cell.boolean': 'the cell holds the true/false value {value}, not a code. Type the code again.',
  'cell.formula': 'the cell holds a formula; its result "{value}" was read. Type codes directly.',
  'cell.unsupported': 'the cell content cannot be read. Type the code again.',

  'grid.noHeader': '{file}: no header row (TT, Họ và tên, days 1…31) found in any worksheet. Use a grid made by "scoring init-month".',
  'grid.missingDayColumns': 'the header row lacks day columns {days}. A grid has all 31 day columns.',
  'grid.noMonth': 'the month of this grid is unknown. Put "THÁNG MM NĂM YYYY" in the title or pass --month YYYY-MM.',
  'grid.monthConflict': 'month/year disagree: {a} says {va}, {b} says {vb}. Fix the title or --month.',
  'grid.codeOnMissingDay': '{month}/{year} has no day {day}, but the cell holds a code. Remove it or move it to the right day.',
  'grid.deductionOnWeekend': 'day {day} is a weekend but holds the deduction {code}. Please check.',
  'grid.deductionOnHoliday': 'day {day} is a public holiday ({holiday}) but holds the deduction {code}. Please check.',
  'grid.codesWithoutName': 'row {row} holds codes but no name. Fill in the name or remove the codes.',
  'grid.rulesChanged': 'the grid was made under other rules (fingerprint {grid}, rules in use {rules}). Check --rules.',

  'staff.duplicateId': 'staff id "{id}" appears in row {row} and row {other}. Give each person one id.',
  'staff.duplicateName': '"{name}" appears twice (rows {row} and {other}) without ids. Fill in the Mã column to tell them apart.',
  'staff.idNameMismatch': 'id "{id}" is "{name}" here but "{other}" in {otherFile}. Make the id and name agree.',
  'staff.ambiguousName': 'several people are named "{name}" with different ids; this row has none. Fill in the Mã column.',
  'staff.partialMonths': '{name} appears only in months {months}.',

  'tally.mixedYears': 'the grid is for {year}, not {other} like {otherFile}. Tally one year at a time.',
  'tally.mixedUnits': 'the grid belongs to "{unit}", not "{other}" like {otherFile}. Tally one unit at a time.',
  'tally.duplicateMonth': 'month {month} is already given by {otherFile}. Remove one of the files.',
  'tally.missingMonths': 'no grid for months {months}.',
  'tally.tooManyFiles': '{count} files given; a year has at most 12 monthly grids.',
  'classify.missingMonths': 'months {months} are missing for the whole unit. Add them, or pass --allow-missing-months to classify on the months present.',
  'classify.rosterPersonMissing': '{name} is on the year-end roster but in no monthly grid.',
  'classify.notReport': 'not a report made by "scoring tally" (no "Tổng hợp" sheet).',

  'note.disciplineCap': 'Disciplined ({discipline}{date}): KHTNV under Decree 90/2020 art. 2 cl. 5 (as amended by 48/2023) and Decree 335/2025 art. 20.',
  'note.partialYearUnclassified': 'Only {months} months on the roster (under {min}): not classified.',
  'note.underSixMonths': 'Worked only {months} months (under {min}): not classified (Decree 90/2020 art. 2 cl. 3).',
  'note.maternity': 'Maternity leave: classified on the {months} months actually worked.',
  'note.partialYearScaled': '{months} months present: total scaled to 12 months.',
  'note.gapStrict': 'Score {value} falls outside the plan\'s bands: for the committee to review.',
  'note.gapLowerBound': 'Score {value} falls outside the plan\'s bands; provisionally {level} by its lower bound.',
  'note.quotaMoved': 'Moved to HTTNV: group {group} exceeded the {share}% quota (Decree 335/2025), by --enforce-quota.',

  'file.notFound': '{file}: file not found. Check the path.',
  'file.isDirectory': '{file}: is a directory, not an .xlsx file.',
  'file.notReadable': '{file}: no permission to read the file. Check its access rights.',
  'file.empty': '{file}: the file is empty (0 bytes). Get the original again.',
  'file.xls': '{file}: is an old Excel file (.xls). Open it in Excel or LibreOffice and save it as .xlsx.',
  'file.encrypted': '{file}: the file is password-protected. Open it, remove the password and save it again.',
  'file.notZip': '{file}: not an .xlsx file (perhaps a renamed CSV or text). Open it in Excel and save as .xlsx.',
  'file.corrupt': '{file}: the .xlsx file is damaged or incomplete ({detail}). Get the original again or re-save it in Excel.',
  'file.tooLarge': '{file}: its content expands past the {limit} MB limit (looks hostile). Not processed.',
  'file.outputExists': '{file}: already exists. Pass --force to overwrite it, or choose another name with -o.',
  'file.outputIsInput': '{file}: the output is one of the inputs. Choose another name with -o.',
  'file.writeFailed': '{file}: could not be written (system error {detail}). Try another folder with -o.',
  'file.readFailed': '{file}: could not be read (system error {detail}). Copy the file to another folder and run again.',
  'file.diskFull': '{file}: not written: the disk is full. Delete files you do not need or write to another disk with -o. Nothing was written.',
  'file.noWritePermission': '{file}: no permission to write in the folder {folder}. Choose a folder of your own with -o.',
  'file.readOnlyFolder': '{file}: the folder {folder} is read-only (read-only drive, CD or locked USB stick). Write to another folder with -o.',
  'file.locked': '{file}: the file is open in another program (Excel, LibreOffice…). Close it and run again.',
  'file.pathTooLong': '{file}: the path or file name is too long. Use a shorter name or a folder nearer the top.',
  'file.folderMissing': '{file}: the folder {folder} does not exist. Create it first or fix the path given to -o.',

  'roster.noNameColumn': '{file}: no "Họ và tên" column. The first row must name the columns Mã, Họ và tên, Chức vụ, Nhóm.',
  'roster.empty': '{file}: the roster lists nobody.',
  'roster.blankName': '{file} › row {row}: the name is blank.',
  'roster.duplicateName': '{file}: "{name}" appears twice (rows {row} and {other}) without ids. Fill in the Mã column.',
  'roster.duplicateId': '{file}: id "{id}" appears in row {row} and row {other}.',
  'roster.unsupported': '{file}: a roster is a .csv or .xlsx file (or last month\'s grid).',

  'rulebook.notJson': '{file}: not valid JSON ({detail}).',
  'rulebook.invalid': '{file}: the rulebook has {count} problem(s):',
  'rulebook.field': '  • {path}: {message}',
  'rulebook.unknownPreset': 'no rulebook preset "{preset}". Presets: {presets}.',
  'letterhead.district': 'the parent line "{parent}" names a district, but the document starts on {date} (there are no districts since 01/07/2025). Fix unit.parent / unit.parentUntil in the rulebook, or pass --parent.',

  'usage.badMonth': 'month "{value}" is not YYYY-MM (e.g. 2023-03).',
  'usage.badDate': 'date "{value}" is not YYYY-MM-DD or DD/MM/YYYY.',
  'usage.periodOrder': '--from must come before --to.',
  'usage.noFiles': 'at least one file is needed.',
  'usage.badLang': 'language "{value}" is not supported; use vi or en.',
  'usage.generic': '{detail}',
  'internal.error': 'internal error: {detail}. Please report it with the input file.',

  'cli.description': 'Monthly discipline scoring and year-end classification of civil servants.',
  'cli.wrote': 'Wrote {file}',
  'cli.problemCount': '{errors} error(s), {warnings} warning(s).',
  'cli.noProblems': 'No problems.',
  'cli.moreRows': '… and {count} more rows (all of them are in the workbook, or use --json).',
  'cli.moreProblems': '… and {count} more problems (all of them with --json, --annotate or in the Kiểm tra sheet).',
  'cli.nothingWritten': 'Nothing was written because of the errors.',
  'cli.monthHeading': '{file} — month {month}/{year}',
  'cli.progress': 'Reading {done}/{total} files, {people} people, {seconds} s',
  'cli.progressWriting': 'Writing {file}…',
  'cli.demoStep': '{step}: {file}',
  'cli.demoDone': 'Done. The outputs are in {dir}.',
  'cli.summary': 'Summary: HTXSNV {HTXSNV}, HTTNV {HTTNV}, HTNV {HTNV}, KHTNV {KHTNV}, unclassified {unclassified}. HTTNV or above {share}% ({target}). With unexcused absence: {absent}.',
  'cli.targetMet': 'meets the CCHC target ≥ {target}%',
  'cli.targetMissed': 'misses the CCHC target ≥ {target}%',
  'cli.quotaHolds': 'HTXSNV quota: holds (group {group}: {excellent} of {limit} allowed).',
  'cli.andMore': ' and {count} more',
  'cli.quotaBroken': 'HTXSNV quota: EXCEEDED (group {group}: {excellent}, at most {limit}). At the border: {border}.',
  'cli.ranking': 'Ranking by points kept over {from} – {to}:',
  'cli.narrowByQuarter': 'Narrow terminal: the table is by quarter. The workbook has every month.',
  'cli.narrowTotals': 'Narrow terminal: totals only. The workbook has every month and quarter.',
  'cli.narrowClassification': 'Narrow terminal: the Group and Year total columns are left out. The workbook has them all.',
  'cli.narrowCheck': 'Narrow terminal: counts by code are left out. See them with --json or a wider terminal.',

  'col.tt': 'No.',
  'col.id': 'Id',
  'col.name': 'Name',
  'col.position': 'Position',
  'col.group': 'Group',
  'col.deducted': 'Deducted',
  'col.score': 'Score',
  'col.total': 'Year total',
  'col.compared': 'Compared',
  'col.level': 'Level',
  'col.notes': 'Notes',
  'col.month': 'M{month}',
  'col.quarter': 'Q{quarter}',
  'col.date': 'Date',
  'col.code': 'Code',
  'col.count': 'Count',
  'col.points': 'Points',
  'col.file': 'File',
  'col.sheet': 'Sheet',
  'col.cell': 'Cell',
  'col.severity': 'Severity',
  'col.message': 'Message',
  'col.rank': 'Rank',
  'col.kept': 'Kept',
  'level.none': 'Not classified',
  'level.review': 'For review',
};

const catalogues: Record<Lang, Record<MessageKey, string>> = { vi, en };

/** Replaces `{name}` placeholders; an unknown one stays visible rather than vanishing. */
export function fillPlaceholders(pattern: string, params: Readonly<Record<string, string | number>>): string {
  return pattern.replace(/\{(\w+)\}/gu, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function render(lang: Lang, key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  return fillPlaceholders(catalogues[lang][key], params);
}

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}
