/**
 * Every sentence a user reads, in Vietnamese (default: clerks read Vietnamese) and English.
 * Placeholders are `{name}`; `render` fills them. Workbooks are official documents and use `vi`.
 */

const vi = {
  // severity and locations
  'severity.error': 'Lỗi',
  'severity.warning': 'Cảnh báo',

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
  'grid.noHeader':
    '{file}: không tìm thấy dòng tiêu đề (TT, Họ và tên, các ngày 1…31) trong trang tính nào. Dùng bảng do "scoring init-month" tạo.',
  'grid.missingDayColumns': 'dòng tiêu đề thiếu cột ngày {days}. Bảng phải có đủ 31 cột ngày.',
  'grid.noMonth': 'không xác định được tháng của bảng. Ghi "THÁNG MM NĂM YYYY" ở dòng tiêu đề hoặc thêm --month YYYY-MM.',
  'grid.monthConflict': 'tháng/năm không khớp: {a} ghi {va}, {b} ghi {vb}. Sửa lại tiêu đề hoặc --month.',
  'grid.codeOnMissingDay': 'tháng {month}/{year} không có ngày {day}, nhưng ô có mã. Xóa mã hoặc chuyển sang đúng ngày.',
  'grid.deductionOnWeekend': 'ngày {day} là ngày nghỉ cuối tuần mà có mã trừ điểm {code}. Kiểm tra lại.',
  'grid.deductionOnHoliday': 'ngày {day} là ngày nghỉ lễ ({holiday}) mà có mã trừ điểm {code}. Kiểm tra lại.',
  'grid.codesWithoutName': 'dòng {row} có mã chấm điểm nhưng không có họ tên. Điền họ tên hoặc xóa mã.',

  // evaluation (Nghị định 335/2025)
  'evaluation.noColumn':
    'quy chế có phần đánh giá theo Nghị định 335/2025 nhưng bảng tháng {month} thiếu cột "{label}". Tạo lại bảng bằng "scoring init-month" với quy chế này, hoặc thêm cột có đúng tiêu đề đó.',
  'evaluation.notNumber': '"{label}" phải là một số từ 0 đến {max}, không phải "{value}".',
  'evaluation.outOfRange': '"{label}" là {value}, ngoài khoảng 0 đến {max}. Sửa lại điểm.',
  'evaluation.missing': '{name}: chưa chấm "{label}" (tối đa {max} điểm).',
  'evaluation.missingForClassify':
    '{name}: thiếu điểm đánh giá kỳ {period}; chưa xếp loại được. Điền ô này, hoặc thêm --allow-missing-evaluations để xếp loại những người đã đủ điểm.',
  'note.evaluationMissing': 'Thiếu điểm đánh giá kỳ {periods}: chưa xếp loại.',
  'note.evaluationScore': 'Điểm năm {score} = trung bình {count} kỳ ({periods}).',

  // staff identity
  'staff.duplicateId': 'mã cán bộ "{id}" trùng ở dòng {row} và dòng {other}. Mỗi người một mã.',
  'staff.duplicateName': '"{name}" xuất hiện hai lần (dòng {row} và {other}) mà không có mã. Điền cột Mã để phân biệt.',
  'staff.derivedIdClash':
    '"{name}" (dòng {row}) và người ở dòng {other} không có mã, và chương trình không phân biệt được hai người (mã tự sinh trùng nhau). Điền cột Mã cho hai người này.',
  'staff.idNameMismatch': 'mã "{id}" là "{name}" ở đây nhưng là "{other}" trong {otherFile}. Sửa mã hoặc họ tên cho khớp.',
  'staff.ambiguousName': 'có nhiều người tên "{name}" với mã khác nhau; dòng này không có mã. Điền cột Mã.',
  'staff.partialMonths': '{name} chỉ có trong tháng {months}.',

  // tally and classify
  'tally.mixedYears': 'bảng thuộc năm {year}, khác năm {other} của {otherFile}. Mỗi lần tổng hợp chỉ một năm.',
  'tally.mixedUnits': 'bảng của đơn vị "{unit}", khác "{other}" của {otherFile}. Mỗi lần tổng hợp chỉ một đơn vị.',
  'tally.duplicateMonth': 'tháng {month} đã có trong {otherFile}. Bỏ bớt một file.',
  'tally.missingMonths': 'thiếu bảng chấm điểm tháng {months}.',
  'tally.tooManyFiles': 'nhận {count} file; một năm có nhiều nhất 12 bảng tháng.',
  'classify.missingMonths':
    'thiếu bảng tháng {months} cho cả đơn vị. Bổ sung, hoặc thêm --allow-missing-months để xếp loại theo số tháng có.',
  'classify.rosterPersonMissing': '{name} có trong danh sách cuối năm nhưng không có trong bảng chấm điểm nào.',

  // notes on a classified person
  'note.disciplineCap':
    'Bị kỷ luật ({discipline}{date}): xếp KHTNV theo khoản 5 Điều 2 NĐ 90/2020 (sửa đổi bởi NĐ 48/2023), Điều 20 NĐ 335/2025.',
  'note.disciplineCap335': 'Bị kỷ luật ({discipline}{date}): xếp KHTNV theo Điều 20 Nghị định 335/2025/NĐ-CP.',
  'note.underSixMonths335': 'Chỉ làm việc {months} tháng (dưới {min} tháng quy chế của đơn vị đặt ra): không xếp loại.',
  'note.partialYearUnclassified': 'Chỉ có {months} tháng trong danh sách (dưới {min} tháng): không xếp loại.',
  'note.underSixMonths': 'Chỉ làm việc {months} tháng (dưới {min} tháng): không xếp loại (khoản 3 Điều 2 NĐ 90/2020).',
  'note.maternity': 'Nghỉ thai sản: xếp loại theo {months} tháng thực tế làm việc.',
  'note.partialYearScaled': 'Có {months} tháng: điểm quy đổi về 12 tháng.',
  'note.gapStrict': 'Điểm {value} ngoài khung điểm của kế hoạch: cần xem xét.',
  'note.gapLowerBound': 'Điểm {value} ngoài khung điểm của kế hoạch; tạm xếp {level} theo cận dưới.',
  'note.quotaMoved':
    'Điểm {score}: chuyển xuống HTTNV vì nhóm {group} vượt tỷ lệ HTXSNV {share}% số người HTTNV (Nghị định 335/2025/NĐ-CP); người điểm thấp nhất chuyển trước.',

  // files
  'file.notFound': '{file}: không tìm thấy file. Kiểm tra đường dẫn.',
  'file.isDirectory': '{file}: là thư mục, không phải file .xlsx.',
  'file.notReadable': '{file}: không có quyền đọc file. Kiểm tra quyền truy cập.',
  'file.empty': '{file}: file rỗng (0 byte). Lấy lại bản gốc.',
  'file.xls': '{file}: là file Excel cũ (.xls). Mở bằng Excel hoặc LibreOffice và lưu lại dạng .xlsx.',
  'file.encrypted': '{file}: file có đặt mật khẩu. Mở file, bỏ mật khẩu rồi lưu lại.',
  'file.notZip': '{file}: không phải file .xlsx (có thể là CSV hoặc văn bản đổi đuôi). Mở bằng Excel và lưu dạng .xlsx.',
  'file.corrupt': '{file}: file .xlsx bị hỏng hoặc không đầy đủ (mã lỗi {detail}). Lấy lại bản gốc hoặc lưu lại bằng Excel.',
  'annotate.noMonth': '{file}: không biết bảng thuộc tháng nào nên chưa ghi được bản kiểm tra. Thêm --month YYYY-MM.',
  'annotate.originalCell': '(Ô {cell} trong file gốc)',
  'file.partMissing':
    '{file}: gói .xlsx thiếu phần {part}, phần mà Excel luôn ghi. Chương trình đã lưu file này ghi không đủ: mở file bằng Excel hoặc LibreOffice, lưu lại dạng .xlsx rồi chạy lại.',
  'file.partBroken':
    '{file}: không đọc được phần {part} của gói .xlsx (mã lỗi {detail}). Mở file bằng Excel hoặc LibreOffice, lưu lại dạng .xlsx rồi chạy lại.',
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
  'roster.derivedIdClash':
    '{file}: "{name}" (dòng {row}) và người ở dòng {other} không có mã, và chương trình không phân biệt được hai người (mã tự sinh trùng nhau). Điền cột Mã cho hai người này.',
  'roster.duplicateId': '{file}: mã "{id}" trùng ở dòng {row} và {other}.',
  'roster.unsupported': '{file}: danh sách phải là .csv hoặc .xlsx (hoặc bảng chấm điểm tháng trước).',

  // rulebook
  'rulebook.notJson': '{file}: không phải JSON hợp lệ ({detail}).',
  'rulebook.invalid': '{file}: quy chế có {count} lỗi:',
  'rulebook.issue.lettersOnly': '  • {path}: mã chỉ gồm chữ cái (không có chữ số, dấu cách, dấu , ; +).',
  'rulebook.issue.isoDay': '  • {path}: ngày viết dạng YYYY-MM-DD, ví dụ 2026-09-02.',
  'rulebook.issue.codeTwice': '  • {path}: "{spelling}" vừa là mã {owner} vừa là mã {code}; mỗi cách viết chỉ thuộc một mã.',
  'rulebook.issue.disciplineOverGeneral': '  • {path}: điểm kỷ luật (disciplineMax) không được lớn hơn điểm tiêu chí chung (generalMax).',
  'rulebook.issue.noSuchDate': '  • {path}: {date} không phải là một ngày có thật.',
  'rulebook.issue.otherYear': '  • {path}: {date} không thuộc năm {year}.',
  'rulebook.issue.minOverMax': '  • {path}: min lớn hơn max.',
  'rulebook.issue.missing': '  • {path}: thiếu mục này.',
  'rulebook.issue.type': '  • {path}: sai kiểu giá trị (cần {expected}).',
  'rulebook.issue.notNumber': '  • {path}: phải là một số, viết không có ngoặc kép (ví dụ 100).',
  'rulebook.issue.notInteger': '  • {path}: phải là một số nguyên (ví dụ 10).',
  'rulebook.issue.notText': '  • {path}: phải là chữ, đặt trong ngoặc kép.',
  'rulebook.issue.notBoolean': '  • {path}: phải là true hoặc false.',
  'rulebook.issue.notList': '  • {path}: phải là một danh sách [ … ].',
  'rulebook.issue.notObject': '  • {path}: phải là một nhóm { … }.',
  'rulebook.issue.tooFew': '  • {path}: cần ít nhất {minimum} mục.',
  'rulebook.issue.empty': '  • {path}: không được để trống.',
  'rulebook.issue.tooSmall': '  • {path}: phải từ {minimum} trở lên.',
  'rulebook.issue.above': '  • {path}: phải lớn hơn {minimum}.',
  'rulebook.issue.tooLong': '  • {path}: dài quá {maximum} ký tự.',
  'rulebook.issue.tooBig': '  • {path}: không được quá {maximum}.',
  'rulebook.issue.oneOf': '  • {path}: chỉ nhận một trong: {values}.',
  'rulebook.issue.other': '  • {path}: giá trị không hợp lệ ({detail}).',
  'rulebook.unknownPreset': 'không có mẫu quy chế "{preset}". Các mẫu: {presets}.',
  'letterhead.district':
    'dòng cơ quan chủ quản "{parent}" nêu cấp huyện, nhưng văn bản bắt đầu từ {date} (từ 01/07/2025 không còn cấp huyện). Sửa unit.parent / unit.parentUntil trong quy chế, hoặc dùng --parent.',

  // usage
  'usage.badMonth': 'tháng "{value}" không đúng dạng YYYY-MM (ví dụ 2023-03).',
  'usage.badDate': 'ngày "{value}" không đúng dạng YYYY-MM-DD hoặc DD/MM/YYYY.',
  'usage.periodOrder': '--from phải trước --to.',
  'usage.badOptions': 'tùy chọn không hợp lệ: {detail}. Xem scoring <lệnh> --help.',
  'usage.noFiles': 'cần ít nhất một file.',
  'usage.demoYear': 'không có năm mẫu {year}; chọn một trong: {years}.',
  'usage.badLang': 'ngôn ngữ "{value}" không hỗ trợ; dùng vi hoặc en.',
  'usage.generic': '{detail}',
  'internal.error': 'lỗi nội bộ: {detail}. Vui lòng báo lỗi kèm file đầu vào.',

  // terminal output
  'cli.description': 'Chấm điểm kỷ luật hàng tháng và xếp loại cuối năm cán bộ, công chức.',
  'cli.wrote': 'Đã ghi {file}',
  'cli.interrupted': 'Đã dừng theo yêu cầu; không ghi file nào.',
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
  'cli.summary':
    'Tổng kết: HTXSNV {HTXSNV}, HTTNV {HTTNV}, HTNV {HTNV}, KHTNV {KHTNV}, không xếp loại {unclassified}. Tỷ lệ HTTNV trở lên {share}% ({target}). Có nghỉ vô lý do: {absent} người.',
  'cli.targetMet': 'đạt chỉ tiêu CCHC ≥ {target}%',
  'cli.targetMissed': 'chưa đạt chỉ tiêu CCHC ≥ {target}%',
  'cli.andMore': ' và {count} người nữa',
  'cli.ranking': 'Xếp hạng theo điểm còn lại trong kỳ {from} – {to}:',
  'cli.periodScoresHeading':
    'Điểm đánh giá theo kỳ (I.2 ý thức kỷ luật, kỷ cương + tiêu chí chung khác + kết quả nhiệm vụ = tổng; ? là chưa chấm):',
  'cli.periodScore': '{discipline} + {other} + {task} = {total}',
  'cli.narrowByQuarter': 'Màn hình hẹp: bảng gộp theo quý. File Excel có đủ từng tháng.',
  'cli.narrowTotals': 'Màn hình hẹp: chỉ hiện tổng. File Excel có đủ từng tháng và từng quý.',
  'cli.narrowClassification': 'Màn hình hẹp: bỏ cột Nhóm và Tổng điểm năm. File Excel có đủ các cột.',
  'cli.narrowCheck': 'Màn hình hẹp: bỏ số lần theo từng mã. Xem đủ với --json hoặc màn hình rộng hơn.',

  // table and document headings
  'col.tt': 'TT',
  'col.name': 'Họ và tên',
  'col.group': 'Nhóm',
  'col.deducted': 'Điểm trừ',
  'col.score': 'Điểm còn',
  'col.total': 'Tổng điểm năm',
  'col.compared': 'Điểm so khung',
  'col.level': 'Xếp loại',
  'col.notes': 'Ghi chú',
  'col.month': 'T{month}',
  'col.quarter': 'Quý {quarter}',
  'col.rank': 'Hạng',
  'col.period': 'Kỳ',
  'col.periodScore': 'Điểm kỳ',
  'col.yearScore': 'Điểm đánh giá năm',
  'col.kept': 'Điểm còn',
  'level.none': 'Không xếp loại',
  'level.review': 'Cần xem xét',

  // help (commander's own words and ours)
  'help.usage': 'Cách dùng:',
  'help.options': 'Tùy chọn:',
  'help.commands': 'Lệnh:',
  'help.arguments': 'Đối số:',
  'help.globalOptions': 'Tùy chọn chung:',
  'help.helpOption': 'xem hướng dẫn của lệnh',
  'help.helpCommand': 'xem hướng dẫn của một lệnh',
  'help.versionOption': 'xem số phiên bản',
  'help.choices': 'chọn một trong: {choices}',
  'help.default': 'mặc định: {value}',
  'help.examples': 'Ví dụ:',
  'help.optionsWord': 'tùy chọn',
  'help.commandWord': 'lệnh',
  'cmd.init-rules': 'ghi file quy chế chấm điểm (JSON) để chỉnh sửa',
  'cmd.init-month': 'tạo bảng chấm điểm tháng (trống)',
  'cmd.check': 'kiểm tra bảng đã chấm và xem điểm tháng',
  'cmd.tally': 'tổng hợp điểm cả năm, một quý, một tháng hoặc một đợt',
  'cmd.classify': 'xếp loại cuối năm',
  'cmd.demo': 'chạy thử cả năm trên dữ liệu mẫu',
  'arg.grids': 'các bảng chấm điểm tháng (.xlsx)',
  'arg.gridsOrReport': 'các bảng tháng (.xlsx), hoặc một bảng tổng hợp do "scoring tally" tạo',
  'opt.rules': 'file quy chế JSON (mặc định: quy-che.json trong thư mục, nếu không có thì quy chế lưu trong bảng)',
  'opt.json': 'kết quả dạng JSON trên màn hình; không ghi file Excel nếu không có -o',
  'opt.lang': 'ngôn ngữ (vi: tiếng Việt, en: tiếng Anh)',
  'opt.force': 'ghi đè file kết quả đã có',
  'opt.quiet': 'không hiện dòng tiến độ',
  'opt.output': 'file kết quả',
  'opt.outputGrid': 'file kết quả (mặc định thang-MM-YYYY.xlsx)',
  'opt.outputReport': 'file kết quả (mặc định theo kỳ: tong-hop-YYYY.xlsx, bao-cao-thang-MM-YYYY.xlsx, bao-cao-quy-I-YYYY.xlsx, …)',
  'opt.outputClassification': 'file kết quả (mặc định xep-loai-YYYY.xlsx)',
  'opt.month': 'tháng của bảng, dạng YYYY-MM',
  'opt.monthHandMade': 'tháng, khi tiêu đề bảng tự lập không ghi (YYYY-MM)',
  'opt.staff': 'danh sách cán bộ .csv/.xlsx, hoặc bảng chấm điểm tháng trước',
  'opt.yearEndStaff': 'danh sách cuối năm (cột Nhóm, Kỷ luật, Ngày quyết định)',
  'opt.unit': 'tên đơn vị ở đầu văn bản',
  'opt.parent': 'dòng cơ quan chủ quản ở đầu văn bản ("" nếu không có)',
  'opt.annotate': 'ghi bản sao có tô màu và chú thích ô lỗi (nhiều bảng: một bản cho mỗi bảng có lỗi, tên bảng thêm vào tên này)',
  'opt.from': 'từ ngày (YYYY-MM-DD hoặc DD/MM/YYYY)',
  'opt.to': 'đến ngày (YYYY-MM-DD hoặc DD/MM/YYYY)',
  'opt.enforceQuota': 'chuyển người vượt tỷ lệ HTXSNV xuống HTTNV',
  'opt.allowMissingMonths': 'xếp loại dù thiếu tháng',
  'opt.allowMissingEvaluations': 'xếp loại người đã đủ điểm đánh giá; người còn thiếu để chưa xếp loại',
  'opt.out': 'thư mục kết quả',
  'opt.demoYear': 'năm mẫu: 2023 (kế hoạch Hà Bắc) hoặc 2026 (Nghị định 335/2025)',
  'example.program': '  scoring demo\n  scoring init-month --month 2026-02 --staff danh-sach.csv\n  scoring check thang-02-2026.xlsx',
  'example.init-rules': '  scoring init-rules\n  scoring init-rules --preset nd335-2025 -o quy-che-2026.json',
  'example.init-month':
    '  scoring init-month --month 2026-01 --staff danh-sach.csv\n  scoring init-month --month 2026-02 --staff thang-01-2026.xlsx',
  'example.check': '  scoring check thang-01-2026.xlsx\n  scoring check thang-01-2026.xlsx --annotate thang-01-2026-kiem-tra.xlsx',
  'example.tally':
    '  scoring tally thang-*-2025.xlsx\n  scoring tally thang-0[123]-2026.xlsx -o bao-cao-quy-1.xlsx\n  scoring tally thang-*-2026.xlsx --from 01/03/2026 --to 19/05/2026',
  'example.classify':
    '  scoring classify thang-*-2025.xlsx --staff danh-sach-cuoi-nam.csv\n  scoring classify tong-hop-2025.xlsx --staff danh-sach-cuoi-nam.csv',
  'example.demo': '  scoring demo\n  scoring demo --year 2026 --out thu-nghiem-2026',
  'usage.missingArgument': 'thiếu {name}: ghi tên ít nhất một file sau lệnh.',
  'usage.optionArgumentMissing': 'tùy chọn {flags} cần một giá trị.',
  'usage.requiredOption': 'thiếu tùy chọn bắt buộc {flags}.',
  'usage.badChoice': 'tùy chọn {flags} không nhận "{value}"; chọn một trong: {choices}.',
  'usage.unknownOption': 'không có tùy chọn {flag}.',
  'usage.unknownCommand': 'không có lệnh {name}. Xem các lệnh bằng scoring --help.',
  'usage.tooManyArguments': 'thừa đối số. Xem cách dùng bằng --help.',
  'usage.didYouMean': 'Có phải là {suggestion}?',
  'cell.formulaNoResult':
    'ô chứa công thức {value} nhưng chưa có kết quả (file được lưu bằng chương trình không tính công thức). Mở file bằng Excel hoặc LibreOffice rồi lưu lại, hoặc gõ trực tiếp nội dung thay cho công thức.',
  'file.tooManyRows':
    '{file} › {sheet}: trang tính có hơn {max} dòng; không đọc tiếp. Một bảng chấm điểm không lớn đến vậy: xóa các dòng thừa (hoặc tách đơn vị) rồi chạy lại.',
  'grid.tooManyStaff': '{file} › {sheet}: {count} dòng cán bộ, quá giới hạn {max} dòng một bảng. Tách bảng theo đơn vị.',
  'grid.tooManyStaffInRun': 'các bảng có tổng cộng hơn {max} dòng cán bộ, quá giới hạn một lần chạy. Chạy riêng từng đơn vị.',
  'grid.rowBelowEnd':
    'dòng {row} ({name}) nằm dưới phần chú thích hoặc chữ ký nên không được chấm. Chuyển người này lên trong bảng (chèn dòng phía trên chú thích) hoặc xóa dòng.',
  'grid.marksOnSection': 'dòng {row} "{name}" là dòng tiêu đề nhóm nhưng có mã chấm điểm. Chuyển mã sang dòng của người bị chấm.',
  'grid.sectionRow':
    'dòng {row} "{name}" (chữ in hoa, không có số TT và Mã) được đọc là dòng tiêu đề nhóm, không phải một người. Nếu là một người, điền số TT hoặc Mã.',
  'grid.hiddenRow':
    'dòng {row} ({name}) đang bị ẩn nên không in ra, nhưng vẫn nằm trong bảng. Nếu người này đã nghỉ, xóa dòng; nếu còn làm, bỏ ẩn dòng (Unhide).',
  'grid.hiddenColumn': 'cột {column} đang bị ẩn mà có nội dung. Bỏ ẩn cột (Unhide) để kiểm tra.',
  'grid.mergedCells':
    'các ô {range} đang được gộp (Merge) nên chỉ đếm được một lần. Bỏ gộp ô (Unmerge) và ghi mã vào từng ô của từng ngày, từng người.',
  'grid.hiddenSheet':
    'trang tính "{sheet}" có bảng chấm điểm nhưng đang bị ẩn, nên không đọc. Bỏ ẩn nếu đó là một tháng cần chấm, hoặc xóa trang đó.',
  'grid.onlyHiddenSheets': '{file}: các bảng chấm điểm trong file đều nằm ở trang tính bị ẩn. Bỏ ẩn trang cần chấm.',
  'rules.storedBroken': '{file}: quy chế lưu trong bảng bị hỏng (trang ẩn _scoring đã bị sửa). Chạy với --rules quy-che.json của đơn vị.',
  'rules.givenDiffers':
    'quy chế {rules} khác quy chế đã dùng để tạo bảng này ("{grid}"): điểm và xếp loại sẽ sai. Bỏ --rules (hoặc quy-che.json) để dùng quy chế lưu trong bảng, hoặc thêm --force nếu đơn vị đã đổi quy chế.',
  'rules.givenDiffersForced': 'chấm theo quy chế {rules} dù bảng được tạo theo quy chế khác ("{grid}") — do --force.',
  'rules.gridsDiffer':
    'bảng này được tạo theo quy chế "{name}", khác quy chế "{otherName}" của {other}. Các bảng trong một lần chạy phải cùng một quy chế: tạo lại bảng, hoặc chỉ rõ quy chế bằng --rules và thêm --force.',
  'rules.gridsDifferForced':
    'bảng này được tạo theo quy chế "{name}", khác quy chế "{otherName}" của {other}; vẫn chấm theo quy chế của {other} — do --force.',
  'rules.defaultDiffers':
    'bảng được tạo theo một quy chế khác quy chế mặc định, mà không lưu quy chế đó. Chạy với --rules và tệp quy chế đã dùng khi tạo bảng.',
  'rules.defaultDiffersForced': 'bảng được tạo theo một quy chế khác; vẫn chấm theo quy chế mặc định — do --force.',
  'rules.usingFolder': 'Dùng quy chế {file}.',
  'grid.evaluationWithoutRules':
    'bảng có hai cột chấm điểm của lãnh đạo (Nghị định 335/2025) nhưng quy chế đang dùng ("{name}") không có phần đánh giá, nên các cột đó sẽ bị bỏ qua. Chạy với --rules và quy chế đã dùng khi tạo bảng.',
  'classify.periodReport':
    '{file}: là báo cáo từ {from} đến {to}, không phải cả năm; xếp loại từ đó sẽ đánh giá cả năm theo một phần năm. Xếp loại từ các bảng tháng, hoặc từ bảng tổng hợp năm (tally không có --from/--to).',
  'grid.marksBelowEnd':
    'ô nằm dưới phần chú thích hoặc chữ ký có mã chấm điểm, nhưng không thuộc dòng của ai nên không được tính. Chuyển mã vào đúng dòng của người bị chấm trong bảng.',
  'staff.twoRowsOneMonth':
    '{name} có hai dòng trong bảng tháng {month}. Mỗi người một dòng mỗi tháng: gộp các mã vào một dòng rồi xóa dòng kia.',
  'tally.missingPeriodMonths':
    'kỳ báo cáo gồm cả tháng {months} nhưng không có bảng của các tháng đó. Thêm các bảng đó, hoặc thu ngắn --from/--to.',
  'roster.disciplineUnknown':
    'cột Kỷ luật của {name} ghi "{value}", không phải một hình thức kỷ luật. Để trống (hoặc ghi "Không") nếu không bị kỷ luật; nếu có, ghi một trong: {measures}.',
  'roster.disciplineDateBad': 'ngày quyết định kỷ luật của {name} ("{value}") không phải một ngày. Ghi theo dạng dd/mm/yyyy.',
  'roster.disciplineOtherYear': '{name}: quyết định {measure} ngày {date} không thuộc năm {year}, nên không tính khi xếp loại năm {year}.',
  'roster.ambiguousName':
    'danh sách cuối năm có dòng "{name}" mà nhiều người trùng tên này (hoặc tên có nhiều dòng), và Mã của dòng không khớp ai trong bảng. Ghi đúng Mã như trong bảng chấm điểm để biết là ai.',
  'roster.notUtf8':
    '{file}: file CSV không ở dạng UTF-8 (có thể lưu bằng "CSV" thường của Excel tiếng Việt hoặc phông TCVN3), nên tên người sẽ bị lỗi chữ. Trong Excel chọn Lưu thành › "CSV UTF-8 (Comma delimited)" rồi chạy lại.',
  'usage.notXlsxOutput': '{file}: tên file kết quả phải có đuôi .xlsx (chương trình ghi bảng tính Excel).',
  'grammar.countTooLarge': '"{token}": số lần quá lớn cho một ngày (tối đa {max}). Kiểm tra lại, có thể gõ nhầm.',
  'col.partialPeriod': '{period} (tạm tính: tháng {months})',
  'col.provisional': '{value} (tạm tính)',
  'grid.rowWithoutNumber':
    'dòng {row} "{name}" không có số TT và không có Mã. Nếu là một người, điền số TT (hoặc Mã); nếu là dòng tiêu đề nhóm, ghi số La Mã (I, II…) vào cột TT.',
  'roster.gridHasErrors':
    '{file}: bảng dùng làm danh sách có {count} lỗi ở các dòng cán bộ; sửa trước (xem "scoring check"), kẻo có người bị bỏ sót ở bảng tháng mới.',
  'note.periodNotOnGrid':
    'Kỳ {periods} không chấm: người này không có trong bảng tháng cuối kỳ (nơi lãnh đạo chấm điểm kỳ); xếp loại theo các kỳ đã làm việc.',
  'opt.formDate': 'ngày ghi trên phiếu, dd/mm/yyyy (mặc định để trống cho từng người tự ghi)',
  'opt.date': 'ngày của văn bản, dạng dd/mm/yyyy (mặc định hôm nay); trước 31/12 thì văn bản ghi "tính đến ngày …"',
  'cli.asOf': 'Tính đến ngày {date}: năm {year} chưa kết thúc, kết quả là tạm tính đến ngày này.',
  'note.quotaMovedUnit':
    'Điểm {score}: chuyển xuống HTTNV để số người HTXSNV của toàn đơn vị không vượt {share}% số người HTTNV (Nghị định 335/2025/NĐ-CP); người điểm thấp nhất chuyển trước.',
  'note.listedCaseB':
    'Thuộc trường hợp điểm b khoản 4 Điều 20 Nghị định 335/2025/NĐ-CP (bị cấp có thẩm quyền kết luận suy thoái, "tự diễn biến", "tự chuyển hóa", vi phạm điều đảng viên không được làm hoặc trách nhiệm nêu gương): xếp KHTNV.',
  'note.listedCaseD':
    'Thuộc trường hợp điểm d khoản 4 Điều 20 Nghị định 335/2025/NĐ-CP (đơn vị do mình phụ trách liên quan đến tham ô, tham nhũng, lãng phí và bị xử lý): xếp KHTNV.',
  'roster.listedCaseUnknown':
    'cột Trường hợp KHTNV của {name} ghi "{value}", không phải trường hợp b hay d. Để trống nếu không có; nếu có, ghi b hoặc d.',
  'roster.listedCaseNotLeader':
    'trường hợp d chỉ áp dụng với công chức giữ chức vụ lãnh đạo, quản lý; {name} có chức vụ "{position}". Kiểm tra lại cột Chức vụ hoặc cột Trường hợp KHTNV.',
  'cli.quotaUnit': 'toàn đơn vị',
  'cli.quotaGroup': 'nhóm {group}',
  'opt.export': 'ghi thêm kết quả từng người, từng kỳ ra file .csv (UTF-8) hoặc .xlsx để chuyển phần mềm của tỉnh hoặc đơn vị mới',
  'usage.notExportOutput': '{file}: file --export phải có đuôi .csv hoặc .xlsx.',
  'cmd.forms': 'phiếu theo dõi, đánh giá công chức (Mẫu số 01, Nghị định 335/2025) cho mọi người và kỳ',
  'opt.formPeriod': 'kỳ: Q1-2026 … Q4-2026 (theo quý), T01-2026 … (theo tháng) hoặc 2026 (cả năm); mặc định kỳ đủ tháng gần nhất',
  'opt.outputForms': 'file kết quả (mặc định phieu-danh-gia-<kỳ>.xlsx)',
  'example.forms': '  scoring forms thang-*-2026.xlsx\n  scoring forms thang-1[012]-2026.xlsx --period Q4-2026',
  'forms.noEvaluation':
    'quy chế đang dùng ("{name}") không có phần đánh giá theo Nghị định 335/2025, nên không lập được phiếu Mẫu số 01. Dùng bảng tạo bằng quy chế nd335-2025, hoặc --rules.',
  'usage.badFormPeriod': '--period "{value}" không hợp lệ: ghi kỳ theo quy chế, ví dụ {example}, hoặc {year} cho cả năm.',
  'cli.wroteForms': 'Đã ghi {file}: {count} phiếu Mẫu số 01, kỳ {period}.',
  'rulebook.yearExists':
    'quy chế đã có lịch nghỉ năm {year}. Sửa trực tiếp trong file, hoặc thêm --force để thay bằng lịch tính theo luật.',
  'usage.badYear': '"{value}" không phải một năm (ví dụ 2027).',
  'opt.holidays': 'thêm lịch nghỉ lễ của một năm (tính theo Bộ luật Lao động) vào quy chế, để đối chiếu với lịch chính thức',
  'cli.holidaysAdded':
    'Đã thêm lịch nghỉ năm {year} tính theo Bộ luật Lao động vào {file}. Đối chiếu với thông báo chính thức của Chính phủ: sửa ngày nghỉ (daysOff), thêm ngày làm bù (workingWeekendDays), rồi dùng file này làm quy chế.',
  'calendar.provisional':
    'quy chế chưa có lịch nghỉ chính thức năm {year}: các ngày lễ tô màu là dự kiến theo Bộ luật Lao động (Tết {tet}). Khi có thông báo chính thức, thêm vào quy chế: scoring init-rules --holidays {year} --rules quy-che.json -o quy-che-{year}.json, sửa theo thông báo rồi dùng file đó.',
  'usage.noMatch': '{pattern}: không có file nào khớp mẫu này. Kiểm tra tên file và thư mục đang đứng.',
  'page.title': 'Chấm điểm kỷ luật, kỷ cương',
  'page.privacy':
    'Trang này chạy hoàn toàn trên máy tính này: tệp không được gửi đi đâu và không cần mạng. Đóng trang là mọi thứ mất theo.',
  'page.switchLang': 'English',
  'page.step1': '1. Quy chế chấm điểm',
  'page.step1Help':
    'Chọn mẫu quy chế, hoặc mở tệp quy-che.json của đơn vị. Bảng tháng mang theo quy chế đã lập ra nó: khi bạn không mở tệp quy chế, trang dùng quy chế của bảng.',
  'page.preset': 'Mẫu quy chế:',
  'page.rulesFile': 'Hoặc tệp quy chế (quy-che.json):',
  'page.rulesUsing': 'Đang dùng: {name}',
  'page.step2': '2. Lập bảng chấm điểm tháng mới',
  'page.step2Help':
    'Mở danh sách cán bộ (CSV hoặc Excel, hoặc bảng tháng trước), chọn tháng rồi bấm Tạo bảng; tải bảng về để chấm trong Excel.',
  'page.roster': 'Danh sách cán bộ:',
  'page.month': 'Tháng:',
  'page.makeGrid': 'Tạo bảng tháng',
  'page.step3': '3. Kiểm tra bảng đã chấm',
  'page.step3Help':
    'Mở một hay nhiều bảng tháng đã chấm (hoặc một tệp có 12 trang tính). Mỗi lỗi được chỉ ra theo tệp › trang › ô, kèm cách sửa.',
  'page.grids': 'Các bảng tháng:',
  'page.scores': 'Điểm từng người',
  'page.person': 'Họ và tên',
  'page.step4': '4. Báo cáo',
  'page.step4Help':
    'Báo cáo của các bảng đã mở ở bước 3: một tháng, một quý hay cả năm, theo các bảng bạn mở; hoặc một đợt từ ngày đến ngày (xếp hạng theo điểm còn lại trong đợt).',
  'page.makeReport': 'Lập báo cáo',
  'page.step5': '5. Xếp loại cuối năm',
  'page.step5Help': 'Từ các bảng tháng của cả năm đã mở ở bước 3. Có thể mở danh sách cuối năm (hình thức kỷ luật, nhóm).',
  'page.yearEndRoster': 'Danh sách cuối năm (không bắt buộc):',
  'page.classify': 'Xếp loại',
  'page.forms': 'Phiếu đánh giá Mẫu số 01',
  'page.download': 'Tải {file}',
  'page.notWritten': 'Chưa tạo được tệp: có lỗi cần sửa trước (xem danh sách ở bước 3).',
  'page.needGrids': 'Hãy mở các bảng tháng ở bước 3 trước.',
  'page.working': 'Đang xử lý…',
  'cmd.page': 'ghi trang scoring.html: mở bằng trình duyệt, không cần cài đặt, không cần mạng; tệp không rời khỏi máy',
  'example.page': '  scoring page -o scoring.html       # gửi tệp này cho đồng nghiệp; họ mở bằng Chrome, Edge hoặc Firefox',
  'opt.outputPage': 'tên tệp trang (mặc định scoring.html)',
  'usage.notHtmlOutput': '{file}: trang được ghi thành tệp .html. Chọn tên khác bằng -o, ví dụ -o scoring.html.',
  'page.notBuilt': 'chưa có trang {file}: chạy npm run build trước.',
  'cli.wrotePage': 'Đã ghi {file}: mở bằng trình duyệt (nhấp đúp), không cần mạng.',
  'page.from': 'Từ ngày (không bắt buộc):',
  'page.to': 'Đến ngày:',
  'tally.monthAfterDate':
    'bảng tháng {month}/{year} là của tháng sau ngày văn bản {date}, nên không được tính. Bỏ bảng này ra, hoặc ghi đúng ngày văn bản bằng --date.',
  'grid.markAfterDate':
    'mã {code} ở ngày sau ngày văn bản {date}: việc chưa xảy ra không được trừ điểm. Xóa mã, hoặc ghi đúng ngày văn bản bằng --date.',
  'grid.neutralAfterDate': 'mã {code} ở ngày sau ngày văn bản {date} (nghỉ đã báo trước?): không trừ điểm, chỉ ghi nhận.',
  'evaluation.notWorked':
    '{name} không làm việc ngày nào trong kỳ này (nghỉ cả kỳ) nên kỳ này không chấm; điểm lãnh đạo ghi ở đây không được tính. Xóa điểm, hoặc sửa mã nghỉ trong các bảng tháng nếu người này có đi làm.',
  'scope.year': 'năm',
  'scope.quarter': 'quý {quarter}',
  'scope.month': 'tháng {month}',
  'scope.range': 'kỳ',
  'col.totalOf': 'Tổng điểm {scope}',
  'col.scoreOf': 'Điểm đánh giá {scope}',
  'cli.byQuarterOnly':
    'Đánh giá theo quý (Nghị định 335/2025): điểm đánh giá có trong báo cáo quý {quarter} và báo cáo năm, không có trong báo cáo tháng.',
  'cli.asOfPeriod': 'Tính đến ngày {date}: {scope} chưa kết thúc, kết quả là tạm tính đến ngày này.',
  'note.joined': 'Vào đơn vị từ tháng {month}/{year}: đánh giá theo thời gian công tác tại đơn vị.',
  'note.left': 'Có tên trong bảng chấm điểm đến tháng {month}/{year} (đã nghỉ việc hoặc chuyển công tác).',
  'note.notOnRoster': 'Không có trong danh sách cuối năm: chưa đối chiếu kỷ luật và nhóm.',
  'note.noTimeWorked335':
    'Không có thời gian thực tế làm việc trong năm (nghỉ cả năm): không có điểm để xếp loại (khoản 3 Điều 19 Nghị định 335/2025/NĐ-CP).',
  'classify.notOnRoster':
    '{name} có trong bảng chấm điểm (tháng {months}) nhưng không có trong danh sách cuối năm, nên chưa đối chiếu được kỷ luật và nhóm. Thêm người này vào danh sách (nếu đã chuyển đi, ghi rõ ở Ghi chú), hoặc kiểm tra Mã và họ tên.',
  'cli.quotaRule':
    'Tỷ lệ HTXSNV (điểm a khoản 5 Điều 20 Nghị định 335/2025/NĐ-CP): số người HTXSNV không vượt quá {share}% số người HTTNV, trong toàn đơn vị và trong từng nhóm; số tối đa làm tròn xuống, nên nơi có dưới {min} người HTTNV thì không có người HTXSNV.',
  'cli.quotaLine': 'Tỷ lệ HTXSNV, {group}: {good} người HTTNV × {share}% = tối đa {limit}; có {excellent} người HTXSNV: {verdict}.',
  'cli.quotaOk': 'đạt',
  'cli.quotaOver': 'VƯỢT; người ở ranh giới: {border}',
  'cli.quotaBasis': 'Tỷ lệ {share}% áp dụng theo {basis} (điểm b khoản 5 Điều 20 Nghị định 335/2025/NĐ-CP).',
  'cli.quotaMoved':
    'Đã chuyển xuống HTTNV, người điểm thấp nhất trước: {people}. Mỗi lần chuyển, số HTTNV tăng một nên số tối đa được tính lại.',
  'opt.quotaShare': 'tỷ lệ HTXSNV khác quy chế mà cấp có thẩm quyền cho phép, ví dụ 0.3 (cần --quota-basis)',
  'opt.quotaBasis': 'căn cứ của tỷ lệ đó, ví dụ "Quyết định số 12/QĐ-UBND ngày 01/12/2026"; được in trên bản xếp loại',
  'usage.quotaShare': '--quota-share phải là một tỷ lệ từ 0 đến 1 (ví dụ 0.3) và đi cùng --quota-basis "căn cứ".',
  'transfer.notExport':
    '{file}: không phải file kết quả theo kỳ của đơn vị cũ (không có cột "Họ và tên"). Dùng file do đơn vị cũ ghi bằng scoring tally --export.',
  'transfer.missingColumns':
    '{file}: thiếu cột {columns} của file kết quả theo kỳ. Dùng đúng file do đơn vị cũ ghi bằng scoring tally --export.',
  'transfer.badPeriod':
    '{name}: kỳ "{value}" không phải một kỳ của năm {year} theo quy chế (ví dụ Q1-{year}). Sửa ô này theo file gốc của đơn vị cũ.',
  'transfer.notFinal':
    '{name}, kỳ {period}: kết quả của đơn vị cũ là tạm tính hoặc chưa có tổng điểm, nên không được tính. Đơn vị mới chấm kỳ này trong bảng của mình, hoặc xin đơn vị cũ gửi kết quả chính thức.',
  'transfer.badScore':
    '{name}: cột "{column}" ghi "{value}", không phải số điểm trong giới hạn của quy chế. Sửa theo file gốc của đơn vị cũ.',
  'transfer.badTotal':
    '{name}, kỳ {period}: tổng điểm {total} khác I.2 + tiêu chí chung khác + kết quả nhiệm vụ = {sum}. Sửa theo file gốc của đơn vị cũ.',
  'transfer.unknownPerson':
    '{name}: có kết quả của đơn vị cũ nhưng không có trong bảng chấm điểm của đơn vị, nên không được tính. Kiểm tra Mã và họ tên.',
  'transfer.overlap': '{name}, kỳ {period}: đã có trong bảng chấm điểm của đơn vị, nên kết quả của đơn vị cũ cho kỳ này không được tính.',
  'note.transferred': 'Kỳ {periods}: kết quả do đơn vị cũ gửi ({file}).',
  'opt.transfer': 'kết quả theo kỳ của người chuyển đến, do đơn vị cũ ghi bằng tally --export (.csv/.xlsx); dùng nhiều lần được',
  'transfer.noEvaluation':
    '--transfer mang kết quả theo kỳ (Nghị định 335/2025), nhưng quy chế đang dùng ("{name}") không có phần đánh giá theo kỳ. Chạy với quy chế theo Nghị định 335/2025.',
  'formScores.unknownPerson':
    'phiếu của "{name}" nhưng không ai tên này trong bảng chấm điểm, nên điểm trên phiếu không được tính. Kiểm tra họ tên trên phiếu.',
  'formScores.ambiguousPerson':
    'phiếu của "{name}" nhưng có nhiều người tên này trong bảng chấm điểm; không biết là ai. Ghi điểm của họ vào cột lãnh đạo chấm trong bảng chấm điểm.',
  'formScores.gridDiffers':
    '{name}, kỳ {period}: điểm lãnh đạo trên phiếu ({form}) khác điểm trong bảng chấm điểm ({grid}, ô {cell}). Sửa cho khớp, hoặc xóa ở một nơi.',
  'formScores.twice':
    '{name}, kỳ {period}: có hai phiếu (phiếu kia ở {other}), không biết lấy điểm ở phiếu nào. Xóa phiếu thừa (hoặc trang tính chép thừa) rồi chạy lại.',
  'formScores.notNumber': '{name}: ô điểm ghi "{value}", không phải số điểm. Ghi một số, ví dụ 2,5.',
  'formScores.outOfRange': '{name}: {value} điểm vượt điểm tối đa {max} của tiêu chí này. Sửa lại.',
  'formScores.badTotal':
    '{name}: ô tổng ghi {value}, nhưng cộng các tiêu chí là {sum}. Xóa ô tổng (chương trình tự cộng) hoặc sửa các tiêu chí.',
  'formScores.disciplineChanged':
    '{name}: tiêu chí I.2 trên phiếu ghi {value}, nhưng theo bảng chấm điểm là {computed}. I.2 tính từ bảng chấm điểm: sửa bảng chấm điểm nếu có sai, không sửa trên phiếu.',
  'opt.filledForms':
    'phiếu Mẫu số 01 đã chấm (file do lệnh forms ghi, lãnh đạo và cá nhân đã điền điểm từng tiêu chí); dùng nhiều lần được',
  'file.sameOutputTwice':
    '{file}: hai kết quả của cùng một lệnh được ghi vào một file (ví dụ -o và --export cùng tên), file sau sẽ đè file trước. Chọn hai tên khác nhau.',
  'grid.monthLinesDisagree': 'hai dòng tiêu đề cho hai tháng khác nhau: "{a}" và "{b}". Sửa dòng THÁNG … NĂM … cho đúng tháng của bảng.',
  'staff.idZeroPadded':
    'mã "{id}" của {name} được đọc là "{other}" (Excel đã bỏ các số 0 ở đầu). Định dạng cột Mã là Văn bản (Text) rồi gõ lại "{other}".',
  'staff.nameTwoIds':
    '{name} có mã "{id}" ở đây nhưng mã "{other}" trong {otherFile}, ở các tháng khác nhau: nhiều khả năng là một người bị gõ sai mã. Sửa mã cho thống nhất (nếu là hai người trùng tên, ghi thêm để phân biệt).',
  'grid.ttNotNumber':
    'số TT "{tt}" không phải một số, nhưng dòng có Mã nên được đọc là một người ({name}). Nếu đây là dòng tiêu đề nhóm, xóa Mã; nếu là người, ghi số TT.',
  'grid.duplicateDay':
    'cột ngày {day} có hai lần trong dòng tiêu đề: mã ở cột thứ hai sẽ không được tính. Xóa cột thừa (chuyển mã sang đúng cột ngày).',
  'grid.cellInsideDays':
    'ô nằm trong cột {column}, giữa các cột ngày nhưng không phải cột ngày nào, nên không được tính. Xóa cột này hoặc chuyển nội dung sang đúng cột ngày.',
  'grid.marksOutsideDays': 'ô có mã chấm điểm nhưng nằm ngoài các cột ngày, nên không được tính. Chuyển mã vào đúng cột ngày.',
  'grid.columnNotRead':
    'cột {column} có {count} ô chương trình không đọc (không phải ngày, tên, mã hay điểm lãnh đạo): không ảnh hưởng điểm.',
  'grid.rowNotRead':
    'dòng {row} có nội dung nhưng không có họ tên và không có mã chấm điểm, nên không được đọc. Nếu là một người, ghi họ tên.',
  'grid.headerNearly':
    'trang tính có các cột ngày 1–31 nhưng dòng tiêu đề ghi "{label}" thay cho "Họ và tên", nên chương trình không đọc được bảng này. Sửa ô này thành đúng "Họ và tên" (các cột khác: TT, Mã, Chức vụ).',
  'grid.headerMissing':
    'trang tính có các cột ngày 1–31 nhưng không có cột "Họ và tên", nên chương trình không đọc được bảng này. Ghi "Họ và tên" vào ô tiêu đề của cột tên (các cột khác: TT, Mã, Chức vụ).',
  'opt.preset': 'mẫu quy chế',
  'page.rulesUsedByRun': 'Lần chạy vừa rồi dùng: {name} ({from})',
  'evaluation.missingLeftUnclassified':
    '{name}: thiếu điểm đánh giá kỳ {period}; người này để chưa xếp loại. Điền ô này rồi chạy lại để xếp loại.',
  'page.shownInCheck': '{count} vấn đề khác đã nêu ở bước 3.',
  'page.stop': 'Dừng',
  'page.stopped': 'Đã dừng. Chưa tạo tệp nào.',
  'page.sameNameTwice': 'Hai tệp cùng tên {file} (ở hai thư mục): đổi tên một tệp rồi mở lại.',
  'page.noScore': 'chưa đủ',
  'page.rulesFromGrids': 'Quy chế lưu trong bảng chấm (hoặc mặc định)',
  'page.rulesNotChosen': 'Chưa chọn: dùng quy chế lưu trong bảng chấm, nếu không có thì quy chế mặc định.',
  'page.unit': 'Tên đơn vị (đầu văn bản):',
  'page.parent': 'Cơ quan chủ quản (đầu văn bản):',
  'page.date': 'Ngày của văn bản:',
  'page.export': 'Xuất kết quả từng kỳ, tên tệp (.csv hoặc .xlsx):',
  'page.enforceQuota': 'Áp tỷ lệ HTXSNV (người vượt chuyển xuống HTTNV)',
  'page.quotaShare': 'Tỷ lệ HTXSNV khác được phép (ví dụ 0.3):',
  'page.quotaBasis': 'Căn cứ của tỷ lệ đó (số quyết định):',
  'page.transfer': 'Kết quả của người chuyển đến (tệp của đơn vị cũ):',
  'page.filled': 'Phiếu Mẫu số 01 đã chấm:',
  'page.allowMissingMonths': 'Xếp loại dù thiếu tháng',
  'page.allowMissingEvaluations': 'Xếp loại người đủ điểm; người còn thiếu để chưa xếp',
  'page.formPeriod': 'Kỳ của phiếu (Q4-2026, T11-2026 hoặc 2026):',
  'page.formDate': 'Ngày ghi trên phiếu (để trống: từng người tự ghi):',
  'page.handMadeMonth': 'Tháng của bảng tự lập (khi tiêu đề không ghi):',
  'ledger.notLedger': '{file} không phải sổ chốt tháng (so-chot.json): kiểm tra lại tên tệp, hoặc bỏ --ledger để dùng sổ cạnh các bảng.',
  'ledger.edited':
    'Sổ chốt {file} đã bị sửa tay ở mục {entry} (một mục bị đổi, xoá hoặc đảo thứ tự): mọi lệnh dừng lại. Lấy lại bản sổ đã lưu (bản sao, thư gửi đi) và đối chiếu với mã kiểm tra in trên các biên bản chốt tháng.',
  'ledger.otherYear':
    'Sổ chốt {file} là của năm {year}, còn {grid} là tháng của năm {gridYear}: mỗi năm một sổ. Chỉ ra đúng sổ bằng --ledger.',
  'ledger.otherUnit': 'Sổ chốt {file} là của {unit}, còn {grid} là của {gridUnit}: dùng sổ của đơn vị mình (--ledger).',
  'ledger.otherRules':
    'Tháng {month} đã chốt ngày {date} (sổ {ledger}) theo một quy chế khác quy chế đang dùng: chạy lại với quy chế đã chốt (--rules), hoặc mở lại tháng có lý do (scoring reopen).',
  'ledger.cellChanged':
    '{name}: sửa sau khi chốt tháng {month} ngày {date}: {before} → {after}, điểm {scoreBefore} → {scoreAfter}. Trả ô về như đã chốt, hoặc mở lại tháng có lý do (scoring reopen … --reason "…").',
  'ledger.personAdded':
    '{name} (Mã {id}) được thêm sau khi chốt tháng {month} ngày {date}: bỏ dòng này, hoặc mở lại tháng có lý do (scoring reopen).',
  'ledger.personRemoved':
    '{name} (Mã {id}) bị bỏ khỏi bảng sau khi chốt tháng {month} ngày {date}: thêm lại dòng, hoặc mở lại tháng có lý do (scoring reopen).',
  'ledger.alreadyClosed':
    'Tháng {month} đã chốt ngày {date} (mã {code}) trong sổ {file}: không chốt lần hai. Cần sửa thì mở lại có lý do (scoring reopen).',
  'ledger.notClosed': 'Tháng {month} chưa chốt trong sổ {file}: không có gì để mở lại. Chốt tháng bằng scoring close.',
  'ledger.nothingChanged': '{grid} giống hệt tháng {month} đã chốt (mã {code}): không có gì để ghi vào sổ.',
  'ledger.none':
    'Không có sổ chốt (so-chot.json) ở thư mục này, các thư mục trên, hay cạnh các bảng: chốt tháng trước (scoring close), hoặc chỉ ra sổ bằng --ledger.',
  'ledger.reasonMissing': 'Mở lại một tháng đã chốt cần lý do: --reason "Quyết định số … / chấp nhận ý kiến của …".',
  'ledger.oneGrid': 'Mở lại từng tháng một: chỉ cho một bảng.',
  'verify.same': '{file}: đúng là bản đã in với mã kiểm tra {code}.',
  'verify.differs':
    'Mã kiểm tra hiện nay là {actual}, không phải {code}: tệp đã khác bản đã in. Xem những ô khác bằng scoring diff BẢN-ĐÃ-IN {file}.',
  'verify.noCode': '{file}: không có mã kiểm tra ở chân trang: chỉ bảng chấm tháng và văn bản do scoring lập mới có.',
  'diff.notSameMonth': '{old} là tháng {oldMonth}, {new} là tháng {newMonth}: chỉ so hai bản của cùng một tháng.',
  'diff.twoFiles': 'So sánh cần đúng hai tệp: bản cũ và bản mới.',
  'cli.closed': 'Đã chốt tháng {month}: {people} người, mã kiểm tra {code}; hạn khiếu nại đến hết ngày {deadline}.',
  'cli.ledgerWritten': 'Đã ghi sổ chốt {file} (mục {entry}).',
  'cli.reopened': 'Đã mở lại tháng {month}: {cells} ô đổi; lý do: {reason}; mã kiểm tra mới {code}.',
  'cli.diffHeading': '{old} → {new}, tháng {month}: mã {oldCode} → {newCode}',
  'cli.diffNone': 'Hai bản giống nhau về mọi ô được chấm (mã {code}).',
  'cli.diffAdded': 'Thêm: {name} (Mã {id})',
  'cli.diffRemoved': 'Bỏ: {name} (Mã {id})',
  'cli.diffRules': 'Quy chế chấm điểm của hai bản khác nhau.',
  'cli.closedMonths': 'Tháng đã chốt: {months}.',
  'col.cell': 'Ô',
  'col.what': 'Ngày / cột',
  'col.before': 'Trước',
  'col.after': 'Sau',
  'col.scoreBefore': 'Điểm trước',
  'col.scoreAfter': 'Điểm sau',
  'diff.name': 'Họ tên',
  'diff.otherGeneral': 'Tiêu chí chung khác',
  'diff.task': 'Kết quả nhiệm vụ',
  'cmd.close': 'chốt tháng: ghi sổ chốt, lập thông báo cho từng người và biên bản chốt tháng',
  'cmd.reopen': 'mở lại một tháng đã chốt (có lý do), ghi thay đổi vào sổ chốt',
  'cmd.diff': 'so sánh hai bản của một tháng: ô đổi, người thêm/bỏ, điểm thay đổi',
  'cmd.verify': 'xem tệp có đúng là bản đã in với mã kiểm tra trên giấy không',
  'arg.oldNew': 'bản cũ và bản mới của một tháng (.xlsx)',
  'arg.fileToVerify': 'bảng chấm tháng hoặc văn bản do scoring lập (.xlsx)',
  'opt.ledger': 'sổ chốt (mặc định so-chot.json ở thư mục này, thư mục trên hoặc cạnh các bảng)',
  'opt.reason': 'lý do mở lại (số quyết định, ý kiến được chấp nhận)',
  'opt.code': 'mã kiểm tra in trên giấy',
  'opt.outputNotices': 'file thông báo và biên bản (mặc định chot-thang-MM-YYYY.xlsx)',
  'opt.outputDiff': 'ghi thêm bảng so sánh ra file .xlsx',
  'opt.closeDate': 'ngày chốt, dd/mm/yyyy (mặc định hôm nay): hạn khiếu nại tính từ ngày này',
  'example.close': '  scoring close thang-11-2026.xlsx --date 03/12/2026\n  scoring close thang-1*-2026.xlsx --ledger so-chot.json',
  'example.reopen': '  scoring reopen thang-11-2026.xlsx --reason "Chấp nhận ý kiến của ông A ngày 05/12/2026"',
  'example.diff': '  scoring diff thang-11-2026-ban-in.xlsx thang-11-2026.xlsx\n  scoring diff cu.xlsx moi.xlsx -o so-sanh.xlsx',
  'example.verify': '  scoring verify thang-11-2026.xlsx --code 7K2M-Q9XA-3FTB',
  'page.ledger': 'Sổ chốt tháng (so-chot.json, nếu đã chốt):',
  'page.closeDate': 'Ngày chốt:',
  'page.reason': 'Lý do mở lại (số quyết định, ý kiến được chấp nhận):',
  'page.code': 'Mã kiểm tra in trên giấy:',
  'verify.codeMissing': 'Cần mã kiểm tra in trên giấy: --code XXXX-XXXX-XXXX.',
  'page.step6': '6. Chốt tháng',
  'page.step6Help':
    'Chốt các bảng đã mở ở bước 3: tải về sổ chốt (so-chot.json) cùng thông báo cho từng người và biên bản; lần sau mở lại sổ này. Sửa một tháng đã chốt thì mở lại có lý do; so sánh hai bản của một tháng; đối chiếu tệp với mã kiểm tra in trên giấy.',
  'page.close': 'Chốt tháng',
  'page.reopen': 'Mở lại tháng đã chốt',
  'page.diff': 'So sánh hai bản',
  'page.verify': 'Đối chiếu mã kiểm tra',
  'page.diffOld': 'Bản cũ (đã in, đã chốt):',
  'page.diffNew': 'Bản mới:',
  'page.verifyFile': 'Tệp cần đối chiếu:',
  'cli.cchcShare': 'Chỉ số CCHC {id}: tỷ lệ công chức HTTNV trở lên {share}% (yêu cầu ≥ {threshold}%): {verdict}.',
  'cli.cchcDisciplineNone': 'Chỉ số CCHC {id}: không có công chức bị kỷ luật từ khiển trách trở lên: {verdict}.',
  'cli.cchcDiscipline': 'Chỉ số CCHC {id}: không có công chức bị kỷ luật từ khiển trách trở lên: {verdict}, {count} người ({people}).',
  'cli.cchcMet': 'đạt',
  'cli.cchcMissed': 'chưa đạt',
  'review.noSheet': '{file}: không có trang tính nào để đọc.',
  'review.noHeader':
    '{file} › {sheet}: không thấy dòng tiêu đề có cột "Họ và tên": đây có phải phiếu đánh giá do scoring init-review lập không?',
  'review.noRater': 'Cột của tiêu chí {item} không ghi ai đánh giá (CN hoặc LĐ ở dòng dưới tiêu đề): ghi lại như phiếu gốc.',
  'review.columnTwice': 'Tiêu chí {item} có hai cột cho cùng một người đánh giá (cột đầu ở {first}): xoá cột thừa.',
  'review.columnMissing':
    'Thiếu cột của tiêu chí {item} ({name}): phiếu phải có đủ các cột như phiếu gốc; lập lại phiếu bằng scoring init-review nếu cần.',
  'review.belowTable': '"{value}" nằm dưới bảng, không thuộc người nào: chuyển lên đúng dòng của người được đánh giá.',
  'review.rowNotRead': '"{value}" nằm trên một dòng không có họ tên: ghi họ tên, hoặc xoá ô này.',
  'review.personTwice': '{name} có hai dòng trên phiếu: giữ một dòng.',
  'review.personMissing': '{name} có trong phiếu gốc nhưng không còn dòng nào trên phiếu đã điền: thêm lại dòng này.',
  'review.unknownColumn': '"{value}" ở cột "{header}", không phải tiêu chí nào của quy chế: chuyển sang đúng cột, hoặc bỏ cột thêm.',
  'review.cellNotRead': '"{value}" ở một cột không có tiêu đề tiêu chí: chuyển sang đúng cột, hoặc xoá ô này.',
  'review.badLevel': '{name}: "{value}" không phải mức đánh giá ({levels}): chọn một mức trong danh sách của ô.',
  'review.notRatedSelf': '{name}: còn {count} tiêu chí chưa tự đánh giá.',
  'review.notRatedLeader': '{name}: còn {count} tiêu chí lãnh đạo chưa đánh giá.',
  'review.wholeGroups':
    'Quy chế chưa có tiêu chí chi tiết của: {groups}. Các nhóm này được đánh giá chung cả nhóm cho đến khi đơn vị viết tiêu chí vào mục review của quy chế.',
  'review.noPeriod': '{file}: không biết phiếu của kỳ nào: ghi --period H1-2026 (6 tháng đầu năm), H2-2026 hoặc Q1-2026.',
  'usage.badReviewPeriod': 'Kỳ đánh giá "{value}" không đọc được: ghi H1-2026, H2-2026 (6 tháng) hoặc Q1-2026 … Q4-2026 (quý).',
  'cli.reviewSummary': '{period}: {people} người; mức chung: {counts}.',
  'cli.reviewWeak': 'Bị đánh giá Yếu: {people}.',
  'cli.reviewNote': 'Ghi chú: {note}',
  'cmd.init-review': 'lập phiếu đánh giá "5 xây, 3 chống" của một kỳ (mỗi ô chọn một mức)',
  'cmd.review': 'đọc các phiếu "5 xây, 3 chống" đã điền và lập báo cáo của đơn vị',
  'arg.reviewSheets': 'các phiếu đánh giá đã điền (.xlsx), một hay nhiều kỳ',
  'opt.reviewPeriod': 'kỳ đánh giá: H1-2026, H2-2026 (6 tháng) hoặc Q1-2026 … (quý)',
  'opt.outputReviewForm': 'file phiếu (mặc định danh-gia-5x3c-H2-2026.xlsx)',
  'opt.outputReviewReport': 'file báo cáo (mặc định bao-cao-5x3c-<kỳ>.xlsx)',
  'example.init-review': '  scoring init-review --period H2-2026 --staff danh-sach.csv',
  'example.review': '  scoring review danh-gia-5x3c-H2-2026.xlsx\n  scoring review danh-gia-5x3c-H1-2026.xlsx danh-gia-5x3c-H2-2026.xlsx',
  'page.reviewPeriod': 'Kỳ đánh giá (H1-2026, H2-2026):',
  'page.reviewRoster': 'Danh sách cán bộ (hoặc một bảng tháng):',
  'page.reviewSheets': 'Phiếu đã điền:',
  'page.step7': '7. Đánh giá "5 xây, 3 chống"',
  'page.step7Help':
    'Lập phiếu của kỳ (6 tháng hoặc quý) để cán bộ tự đánh giá và lãnh đạo đánh giá; mở các phiếu đã điền để lập báo cáo và ghi chú cho hội đồng.',
  'page.makeReviewForm': 'Lập phiếu',
  'page.makeReviewReport': 'Lập báo cáo đánh giá',
  'review.noteSelfSame': '{name} tự đánh giá mọi tiêu chí cùng một mức "{level}": có thể điền cho có.',
  'review.noteSelfFar': '{name}: tự đánh giá cách xa đánh giá của lãnh đạo ở {criteria}.',
  'review.noteLeaderSame': 'Lãnh đạo cho cả {people} người cùng một mức "{level}" ở mọi tiêu chí: có thể đánh giá cho có.',
  'opt.withReview': 'ghi kèm tiêu chí "5 xây, 3 chống" (mục review) để đơn vị sửa theo công việc của mình',
  'forms.reviewNotMapped':
    'Đã cho phiếu "5 xây, 3 chống" nhưng quy chế chưa ghép tiêu chí của phiếu với các dòng của Mẫu số 01 (review.formRows): phiếu đánh giá không được ghi lên Mẫu số 01.',
  'opt.formsReview':
    'phiếu "5 xây, 3 chống" đã điền: ghi mức đánh giá cạnh các tiêu chí chung, nếu quy chế ghép (review.formRows); dùng nhiều lần được',
  'page.formsReview': 'Phiếu "5 xây, 3 chống" làm căn cứ (nếu quy chế ghép):',
  'close.oneOutput': '-o đặt tên cho một tệp: chốt nhiều tháng một lần thì bỏ -o (mỗi tháng một tệp chot-thang-MM-YYYY.xlsx).',
} as const;

export type MessageKey = keyof typeof vi;
export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

const en: Record<MessageKey, string> = {
  'severity.error': 'Error',
  'severity.warning': 'Warning',

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

  'evaluation.noColumn':
    'the rulebook has a Decree 335/2025 evaluation, but the grid of month {month} has no "{label}" column. Make the grid again with "scoring init-month" under this rulebook, or add a column headed exactly so.',
  'evaluation.notNumber': '"{label}" must be a number from 0 to {max}, not "{value}".',
  'evaluation.outOfRange': '"{label}" is {value}, outside 0 to {max}. Correct the points.',
  'evaluation.missing': '{name}: "{label}" is not evaluated yet (at most {max} points).',
  'evaluation.missingForClassify':
    '{name}: the evaluation of period {period} is missing; cannot classify. Fill in this cell, or pass --allow-missing-evaluations to classify those whose points are complete.',
  'note.evaluationMissing': 'Evaluation missing for period {periods}: not classified.',
  'note.evaluationScore': 'Year score {score} = mean of {count} periods ({periods}).',

  'staff.duplicateId': 'staff id "{id}" appears in row {row} and row {other}. Give each person one id.',
  'staff.duplicateName': '"{name}" appears twice (rows {row} and {other}) without ids. Fill in the Mã column to tell them apart.',
  'staff.derivedIdClash':
    '"{name}" (row {row}) and the person in row {other} have no ids, and the program cannot tell them apart (their generated ids are the same). Fill in the Mã column for both.',
  'staff.idNameMismatch': 'id "{id}" is "{name}" here but "{other}" in {otherFile}. Make the id and name agree.',
  'staff.ambiguousName': 'several people are named "{name}" with different ids; this row has none. Fill in the Mã column.',
  'staff.partialMonths': '{name} appears only in months {months}.',

  'tally.mixedYears': 'the grid is for {year}, not {other} like {otherFile}. Tally one year at a time.',
  'tally.mixedUnits': 'the grid belongs to "{unit}", not "{other}" like {otherFile}. Tally one unit at a time.',
  'tally.duplicateMonth': 'month {month} is already given by {otherFile}. Remove one of the files.',
  'tally.missingMonths': 'no grid for months {months}.',
  'tally.tooManyFiles': '{count} files given; a year has at most 12 monthly grids.',
  'classify.missingMonths':
    'months {months} are missing for the whole unit. Add them, or pass --allow-missing-months to classify on the months present.',
  'classify.rosterPersonMissing': '{name} is on the year-end roster but in no monthly grid.',

  'note.disciplineCap':
    'Disciplined ({discipline}{date}): KHTNV under Decree 90/2020 art. 2 cl. 5 (as amended by 48/2023) and Decree 335/2025 art. 20.',
  'note.disciplineCap335': 'Disciplined ({discipline}{date}): KHTNV under Decree 335/2025 art. 20.',
  'note.underSixMonths335': "Worked only {months} months (under the unit's minimum of {min}): not classified.",
  'note.partialYearUnclassified': 'Only {months} months on the roster (under {min}): not classified.',
  'note.underSixMonths': 'Worked only {months} months (under {min}): not classified (Decree 90/2020 art. 2 cl. 3).',
  'note.maternity': 'Maternity leave: classified on the {months} months actually worked.',
  'note.partialYearScaled': '{months} months present: total scaled to 12 months.',
  'note.gapStrict': "Score {value} falls outside the plan's bands: for the committee to review.",
  'note.gapLowerBound': "Score {value} falls outside the plan's bands; provisionally {level} by its lower bound.",
  'note.quotaMoved':
    'Score {score}: moved to HTTNV as group {group} exceeded the HTXSNV share of {share}% of its HTTNV (Decree 335/2025); lowest score first.',

  'file.notFound': '{file}: file not found. Check the path.',
  'file.isDirectory': '{file}: is a directory, not an .xlsx file.',
  'file.notReadable': '{file}: no permission to read the file. Check its access rights.',
  'file.empty': '{file}: the file is empty (0 bytes). Get the original again.',
  'file.xls': '{file}: is an old Excel file (.xls). Open it in Excel or LibreOffice and save it as .xlsx.',
  'file.encrypted': '{file}: the file is password-protected. Open it, remove the password and save it again.',
  'file.notZip': '{file}: not an .xlsx file (perhaps a renamed CSV or text). Open it in Excel and save as .xlsx.',
  'file.corrupt': '{file}: the .xlsx file is damaged or incomplete (error code {detail}). Get the original again or re-save it in Excel.',
  'annotate.noMonth': '{file}: the month of the grid is unknown, so no checked copy was written. Pass --month YYYY-MM.',
  'annotate.originalCell': '(Cell {cell} in the original file)',
  'file.partMissing':
    '{file}: the .xlsx package has no {part}, a part Excel always writes. The program that saved it left it out: open the file in Excel or LibreOffice, save it as .xlsx and run again.',
  'file.partBroken':
    '{file}: the part {part} of the .xlsx package cannot be read (error code {detail}). Open the file in Excel or LibreOffice, save it as .xlsx and run again.',
  'file.tooLarge': '{file}: its content expands past the {limit} MB limit (looks hostile). Not processed.',
  'file.outputExists': '{file}: already exists. Pass --force to overwrite it, or choose another name with -o.',
  'file.outputIsInput': '{file}: the output is one of the inputs. Choose another name with -o.',
  'file.writeFailed': '{file}: could not be written (system error {detail}). Try another folder with -o.',
  'file.readFailed': '{file}: could not be read (system error {detail}). Copy the file to another folder and run again.',
  'file.diskFull':
    '{file}: not written: the disk is full. Delete files you do not need or write to another disk with -o. Nothing was written.',
  'file.noWritePermission': '{file}: no permission to write in the folder {folder}. Choose a folder of your own with -o.',
  'file.readOnlyFolder':
    '{file}: the folder {folder} is read-only (read-only drive, CD or locked USB stick). Write to another folder with -o.',
  'file.locked': '{file}: the file is open in another program (Excel, LibreOffice…). Close it and run again.',
  'file.pathTooLong': '{file}: the path or file name is too long. Use a shorter name or a folder nearer the top.',
  'file.folderMissing': '{file}: the folder {folder} does not exist. Create it first or fix the path given to -o.',

  'roster.noNameColumn': '{file}: no "Họ và tên" column. The first row must name the columns Mã, Họ và tên, Chức vụ, Nhóm.',
  'roster.empty': '{file}: the roster lists nobody.',
  'roster.blankName': '{file} › row {row}: the name is blank.',
  'roster.duplicateName': '{file}: "{name}" appears twice (rows {row} and {other}) without ids. Fill in the Mã column.',
  'roster.derivedIdClash':
    '{file}: "{name}" (row {row}) and the person in row {other} have no ids, and the program cannot tell them apart (their generated ids are the same). Fill in the Mã column for both.',
  'roster.duplicateId': '{file}: id "{id}" appears in row {row} and row {other}.',
  'roster.unsupported': "{file}: a roster is a .csv or .xlsx file (or last month's grid).",

  'rulebook.notJson': '{file}: not valid JSON ({detail}).',
  'rulebook.invalid': '{file}: the rulebook has {count} problem(s):',
  'rulebook.issue.lettersOnly': '  • {path}: a code is letters only (no digits, spaces or , ; +).',
  'rulebook.issue.isoDay': '  • {path}: a date is written YYYY-MM-DD, e.g. 2026-09-02.',
  'rulebook.issue.codeTwice': '  • {path}: "{spelling}" is used by both {owner} and {code}; each spelling belongs to one code.',
  'rulebook.issue.disciplineOverGeneral':
    '  • {path}: the discipline points (disciplineMax) cannot exceed the general criteria (generalMax).',
  'rulebook.issue.noSuchDate': '  • {path}: {date} is not a date.',
  'rulebook.issue.otherYear': '  • {path}: {date} is not in {year}.',
  'rulebook.issue.minOverMax': '  • {path}: min is greater than max.',
  'rulebook.issue.missing': '  • {path}: missing.',
  'rulebook.issue.type': '  • {path}: wrong kind of value (expected {expected}).',
  'rulebook.issue.notNumber': '  • {path}: must be a number, written without quotes (e.g. 100).',
  'rulebook.issue.notInteger': '  • {path}: must be a whole number (e.g. 10).',
  'rulebook.issue.notText': '  • {path}: must be text, in double quotes.',
  'rulebook.issue.notBoolean': '  • {path}: must be true or false.',
  'rulebook.issue.notList': '  • {path}: must be a list [ … ].',
  'rulebook.issue.notObject': '  • {path}: must be a group { … }.',
  'rulebook.issue.tooFew': '  • {path}: at least {minimum} item(s) needed.',
  'rulebook.issue.empty': '  • {path}: cannot be empty.',
  'rulebook.issue.tooSmall': '  • {path}: must be {minimum} or more.',
  'rulebook.issue.above': '  • {path}: must be more than {minimum}.',
  'rulebook.issue.tooLong': '  • {path}: longer than {maximum} characters.',
  'rulebook.issue.tooBig': '  • {path}: must be at most {maximum}.',
  'rulebook.issue.oneOf': '  • {path}: one of: {values}.',
  'rulebook.issue.other': '  • {path}: not valid ({detail}).',
  'rulebook.unknownPreset': 'no rulebook preset "{preset}". Presets: {presets}.',
  'letterhead.district':
    'the parent line "{parent}" names a district, but the document starts on {date} (there are no districts since 01/07/2025). Fix unit.parent / unit.parentUntil in the rulebook, or pass --parent.',

  'usage.badMonth': 'month "{value}" is not YYYY-MM (e.g. 2023-03).',
  'usage.badDate': 'date "{value}" is not YYYY-MM-DD or DD/MM/YYYY.',
  'usage.periodOrder': '--from must come before --to.',
  'usage.badOptions': 'options not valid: {detail}. See scoring <command> --help.',
  'usage.noFiles': 'at least one file is needed.',
  'usage.demoYear': 'there is no example year {year}; choose one of: {years}.',
  'usage.badLang': 'language "{value}" is not supported; use vi or en.',
  'usage.generic': '{detail}',
  'internal.error': 'internal error: {detail}. Please report it with the input file.',

  'cli.description': 'Monthly discipline scoring and year-end classification of civil servants.',
  'cli.wrote': 'Wrote {file}',
  'cli.interrupted': 'Stopped as asked; nothing was written.',
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
  'cli.summary':
    'Summary: HTXSNV {HTXSNV}, HTTNV {HTTNV}, HTNV {HTNV}, KHTNV {KHTNV}, unclassified {unclassified}. HTTNV or above {share}% ({target}). With unexcused absence: {absent}.',
  'cli.targetMet': 'meets the CCHC target ≥ {target}%',
  'cli.targetMissed': 'misses the CCHC target ≥ {target}%',
  'cli.andMore': ' and {count} more',
  'cli.ranking': 'Ranking by points kept over {from} – {to}:',
  'cli.periodScoresHeading': 'Scores by period (I.2 discipline + other general criteria + task results = total; ? is not evaluated yet):',
  'cli.periodScore': '{discipline} + {other} + {task} = {total}',
  'cli.narrowByQuarter': 'Narrow terminal: the table is by quarter. The workbook has every month.',
  'cli.narrowTotals': 'Narrow terminal: totals only. The workbook has every month and quarter.',
  'cli.narrowClassification': 'Narrow terminal: the Group and Year total columns are left out. The workbook has them all.',
  'cli.narrowCheck': 'Narrow terminal: counts by code are left out. See them with --json or a wider terminal.',

  'col.tt': 'No.',
  'col.name': 'Name',
  'col.group': 'Group',
  'col.deducted': 'Deducted',
  'col.score': 'Score',
  'col.total': 'Year total',
  'col.compared': 'Compared',
  'col.level': 'Level',
  'col.notes': 'Notes',
  'col.month': 'M{month}',
  'col.quarter': 'Q{quarter}',
  'col.rank': 'Rank',
  'col.period': 'Period',
  'col.periodScore': 'Period score',
  'col.yearScore': 'Year score',
  'col.kept': 'Kept',
  'level.none': 'Not classified',
  'level.review': 'For review',

  'help.usage': 'Usage:',
  'help.options': 'Options:',
  'help.commands': 'Commands:',
  'help.arguments': 'Arguments:',
  'help.globalOptions': 'Global Options:',
  'help.helpOption': 'display help for command',
  'help.helpCommand': 'display help for a command',
  'help.versionOption': 'output the version number',
  'help.choices': 'choices: {choices}',
  'help.default': 'default: {value}',
  'help.examples': 'Examples:',
  'help.optionsWord': 'options',
  'help.commandWord': 'command',
  'cmd.init-rules': 'write an editable rulebook JSON',
  'cmd.init-month': 'write the blank monthly grid',
  'cmd.check': 'check filled grids and show month scores',
  'cmd.tally': 'totals report for a year, a quarter, a month or a period',
  'cmd.classify': 'year-end classification',
  'cmd.demo': 'run the whole year on the bundled example',
  'arg.grids': 'monthly grids (.xlsx)',
  'arg.gridsOrReport': 'monthly grids (.xlsx), or one report made by "scoring tally"',
  'opt.rules': 'rulebook JSON file (default: quy-che.json in the folder, else the rulebook stored in the grids)',
  'opt.json': 'machine-readable output on stdout; no workbook unless -o is given',
  'opt.lang': 'language of messages (vi: Vietnamese, en: English)',
  'opt.force': 'overwrite an existing output',
  'opt.quiet': 'no progress line',
  'opt.output': 'output file',
  'opt.outputGrid': 'output file (default thang-MM-YYYY.xlsx)',
  'opt.outputReport': 'output file (default by period: tong-hop-YYYY.xlsx, bao-cao-thang-MM-YYYY.xlsx, bao-cao-quy-I-YYYY.xlsx, …)',
  'opt.outputClassification': 'output file (default xep-loai-YYYY.xlsx)',
  'opt.month': 'month of the grid, as YYYY-MM',
  'opt.monthHandMade': "month, when a hand-made grid's title lacks it (YYYY-MM)",
  'opt.staff': "roster .csv/.xlsx, or last month's grid",
  'opt.yearEndStaff': 'year-end roster (columns Nhóm, Kỷ luật, Ngày quyết định)',
  'opt.unit': 'unit name at the head of the documents',
  'opt.parent': 'parent body line at the head of the documents ("" for none)',
  'opt.annotate':
    'write a copy with problem cells coloured and noted (several grids: one per grid with problems, its name added to this one)',
  'opt.from': 'period start (YYYY-MM-DD or DD/MM/YYYY)',
  'opt.to': 'period end (YYYY-MM-DD or DD/MM/YYYY)',
  'opt.enforceQuota': 'move people past the HTXSNV quota to HTTNV',
  'opt.allowMissingMonths': 'classify although months are missing',
  'opt.allowMissingEvaluations': 'classify those whose evaluation is complete; leave the others unclassified',
  'opt.out': 'output folder',
  'opt.demoYear': 'example year: 2023 (the Hà Bắc plan) or 2026 (Decree 335/2025)',
  'example.program':
    '  scoring demo --lang en\n  scoring init-month --month 2026-02 --staff roster.csv\n  scoring check thang-02-2026.xlsx',
  'example.init-rules': '  scoring init-rules\n  scoring init-rules --preset nd335-2025 -o rules-2026.json',
  'example.init-month':
    '  scoring init-month --month 2026-01 --staff roster.csv\n  scoring init-month --month 2026-02 --staff thang-01-2026.xlsx',
  'example.check': '  scoring check thang-01-2026.xlsx\n  scoring check thang-01-2026.xlsx --annotate checked.xlsx',
  'example.tally':
    '  scoring tally thang-*-2025.xlsx\n  scoring tally thang-0[123]-2026.xlsx -o q1.xlsx\n  scoring tally thang-*-2026.xlsx --from 2026-03-01 --to 2026-05-19',
  'example.classify':
    '  scoring classify thang-*-2025.xlsx --staff year-end-roster.csv\n  scoring classify tong-hop-2025.xlsx --staff year-end-roster.csv',
  'example.demo': '  scoring demo\n  scoring demo --year 2026 --out trial-2026',
  'usage.missingArgument': 'missing {name}: name at least one file after the command.',
  'usage.optionArgumentMissing': 'option {flags} needs a value.',
  'usage.requiredOption': 'required option {flags} is missing.',
  'usage.badChoice': 'option {flags} does not take "{value}"; choose one of: {choices}.',
  'usage.unknownOption': 'there is no option {flag}.',
  'usage.unknownCommand': 'there is no command {name}. See the commands with scoring --help.',
  'usage.tooManyArguments': 'too many arguments. See the usage with --help.',
  'usage.didYouMean': 'Did you mean {suggestion}?',
  'cell.formulaNoResult':
    'the cell holds the formula {value} without a computed result (the file was saved by a program that does not calculate). Open and save it in Excel or LibreOffice, or type the content instead of the formula.',
  'file.tooManyRows':
    '{file} › {sheet}: the sheet has more than {max} rows; reading stopped. No grid is that large: delete the stray rows (or split the unit) and run again.',
  'grid.tooManyStaff': '{file} › {sheet}: {count} staff rows, over the limit of {max} per grid. Split the grid by unit.',
  'grid.tooManyStaffInRun': 'the grids hold more than {max} staff rows in all, over the limit for one run. Run each unit on its own.',
  'grid.rowBelowEnd':
    'row {row} ({name}) lies under the legend or the signatures, so it is not scored. Move the person into the grid (insert a row above the legend) or delete the row.',
  'grid.marksOnSection': 'row {row} "{name}" is a section heading but holds marks. Move them to the person\'s row.',
  'grid.sectionRow':
    'row {row} "{name}" (capitals, no TT number, no Mã) is read as a section heading, not a person. If it is a person, fill in TT or Mã.',
  'grid.hiddenRow':
    'row {row} ({name}) is hidden, so it does not print, yet it is in the grid. If the person has left, delete the row; if not, unhide it.',
  'grid.hiddenColumn': 'column {column} is hidden yet holds content. Unhide it and check.',
  'grid.mergedCells':
    'cells {range} are merged, so their content would count once. Unmerge them and type the mark in the cell of each day and each person.',
  'grid.hiddenSheet':
    'the sheet "{sheet}" holds a grid but is hidden, so it is not read. Unhide it if it is a month to score, or delete it.',
  'grid.onlyHiddenSheets': '{file}: every grid in the file is on a hidden sheet. Unhide the sheet to score.',
  'rules.storedBroken':
    "{file}: the rulebook stored in the grid is damaged (the hidden sheet _scoring was edited). Run with --rules and the unit's rulebook file.",
  'rules.givenDiffers':
    'the rulebook {rules} differs from the one this grid was made with ("{grid}"): scores and levels would be wrong. Drop --rules (or quy-che.json) to use the rulebook stored in the grid, or add --force if the unit changed its rules.',
  'rules.givenDiffersForced': 'scored under {rules} although the grid was made under another rulebook ("{grid}") — by --force.',
  'rules.gridsDiffer':
    'this grid was made under "{name}", not "{otherName}" like {other}. The grids of one run share one rulebook: remake the grid, or name the rulebook with --rules and add --force.',
  'rules.gridsDifferForced':
    'this grid was made under "{name}", not "{otherName}" like {other}; scored under the rulebook of {other} — by --force.',
  'rules.defaultDiffers':
    'the grid was made under a rulebook other than the default, and does not store it. Run with --rules and the rulebook the grid was made with.',
  'rules.defaultDiffersForced': 'the grid was made under another rulebook; scored under the default all the same — by --force.',
  'rules.usingFolder': 'Using the rulebook {file}.',
  'grid.evaluationWithoutRules':
    'the grid has the leader\'s two columns (Decree 335/2025) but the rulebook in use ("{name}") has no evaluation section, so they would be ignored. Run with --rules and the rulebook the grid was made with.',
  'classify.periodReport':
    '{file}: is a report from {from} to {to}, not the whole year; classifying from it would rate the year on part of it. Classify from the monthly grids, or from the year report (tally without --from/--to).',
  'grid.marksBelowEnd':
    "the cell under the legend or the signatures holds marks, but belongs to nobody's row, so it does not count. Move the marks to the person's row in the grid.",
  'staff.twoRowsOneMonth':
    '{name} has two rows in the grid of month {month}. One row per person per month: put the marks in one row and delete the other.',
  'tally.missingPeriodMonths':
    'the period includes months {months} but no grid for them was given. Add those grids, or shorten --from/--to.',
  'roster.disciplineUnknown':
    'the Kỷ luật column of {name} says "{value}", which is no disciplinary measure. Leave it empty (or write "Không") for none; otherwise write one of: {measures}.',
  'roster.disciplineDateBad': 'the decision date of {name}\'s discipline ("{value}") is not a date. Write it as dd/mm/yyyy.',
  'roster.disciplineOtherYear':
    '{name}: the decision ({measure}) of {date} is not in {year}, so it does not count for the classification of {year}.',
  'roster.ambiguousName':
    'the year-end roster has a row "{name}", a name several people share (or several rows bear), and its Mã matches nobody in the grids. Write the Mã used in the grids so it is clear who it is.',
  'roster.notUtf8':
    '{file}: the CSV file is not UTF-8 (saved as plain "CSV" by Vietnamese Excel, or in TCVN3), so names would come out garbled. In Excel choose Save As › "CSV UTF-8 (Comma delimited)" and run again.',
  'usage.notXlsxOutput': '{file}: the output name must end in .xlsx (the program writes an Excel workbook).',
  'grammar.countTooLarge': '"{token}": too many for one day (at most {max}). Please check for a typing slip.',
  'col.partialPeriod': '{period} (provisional: month {months})',
  'col.provisional': '{value} (provisional)',
  'grid.rowWithoutNumber':
    'row {row} "{name}" has neither a TT number nor a Mã. If it is a person, fill in TT (or Mã); if it is a section heading, put a Roman numeral (I, II…) in TT.',
  'roster.gridHasErrors':
    '{file}: the grid used as the roster has {count} errors in its staff rows; fix them first (see "scoring check"), or someone would be left out of the new month\'s grid.',
  'note.periodNotOnGrid':
    "Period {periods} not scored: the person is not on the period's last grid (where the leader scores it); classified on the periods worked.",
  'opt.formDate': 'date printed on the forms, dd/mm/yyyy (default: left blank for each person to fill in)',
  'opt.date': 'the document\'s date, dd/mm/yyyy (default today); before 31/12 the documents say "as of …"',
  'cli.asOf': 'As of {date}: {year} is not over, the results stand as of that day.',
  'note.quotaMovedUnit':
    "Score {score}: moved to HTTNV so the unit's HTXSNV stay within {share}% of its HTTNV (Decree 335/2025); lowest score first.",
  'note.listedCaseB':
    "Case b of Decree 335/2025 art. 20 cl. 4 (a conclusion of the authority on degradation, party members' prohibitions or the duty to set an example): KHTNV.",
  'note.listedCaseD':
    'Case d of Decree 335/2025 art. 20 cl. 4 (the unit one leads involved in embezzlement, corruption or waste and dealt with): KHTNV.',
  'roster.listedCaseUnknown':
    'the listed-case column of {name} says "{value}", which is neither case b nor d. Leave it empty for none; otherwise write b or d.',
  'roster.listedCaseNotLeader':
    'case d applies only to civil servants in leadership or management positions; {name}\'s position is "{position}". Check the Chức vụ or the listed-case column.',
  'cli.quotaUnit': 'the whole unit',
  'cli.quotaGroup': 'group {group}',
  'opt.export': "also write each person's results by period to a .csv (UTF-8) or .xlsx file, for the province's software or a new unit",
  'usage.notExportOutput': '{file}: the --export file must end in .csv or .xlsx.',
  'cmd.forms': "the civil servant's evaluation form (Mẫu số 01, Decree 335/2025) for every person and period",
  'opt.formPeriod': 'period: Q1-2026 … Q4-2026 (quarterly), T01-2026 … (monthly) or 2026 (the year); default the last complete period',
  'opt.outputForms': 'output file (default phieu-danh-gia-<period>.xlsx)',
  'example.forms': '  scoring forms thang-*-2026.xlsx\n  scoring forms thang-1[012]-2026.xlsx --period Q4-2026',
  'forms.noEvaluation':
    'the rulebook in use ("{name}") has no Decree 335/2025 evaluation section, so no Mẫu số 01 can be made. Use grids made under the nd335-2025 rulebook, or --rules.',
  'usage.badFormPeriod': '--period "{value}" is not valid: give a period of the rulebook\'s kind, e.g. {example}, or {year} for the year.',
  'cli.wroteForms': 'Wrote {file}: {count} Mẫu số 01 forms, period {period}.',
  'rulebook.yearExists':
    "the rulebook already has the days off of {year}. Edit them in the file, or add --force to replace them with the law's.",
  'usage.badYear': '"{value}" is not a year (e.g. 2027).',
  'opt.holidays': "add a year's days off (as the Labour Code fixes them) to the rulebook, to be matched to the official schedule",
  'cli.holidaysAdded':
    "Added the days off of {year} as the Labour Code fixes them to {file}. Match them to the Government's official schedule: edit the days off (daysOff), add the swapped working days (workingWeekendDays), then use this file as the rulebook.",
  'calendar.provisional':
    'the rulebook has no official days off for {year}: the shaded holidays are provisional, as the Labour Code fixes them (Tết {tet}). Once the schedule is published, add it: scoring init-rules --holidays {year} --rules quy-che.json -o quy-che-{year}.json, edit it to match, then use that file.',
  'usage.noMatch': '{pattern}: no file matches this pattern. Check the file names and the current folder.',
  'page.title': 'Discipline scoring',
  'page.privacy':
    'This page runs entirely on this computer: no file is sent anywhere and no network is needed. Closing the page discards everything.',
  'page.switchLang': 'Tiếng Việt',
  'page.step1': '1. Rulebook',
  'page.step1Help':
    "Choose a preset, or open the unit's quy-che.json. A month grid carries the rulebook it was made with: when you open no rulebook file, the page uses the grids' own.",
  'page.preset': 'Preset:',
  'page.rulesFile': 'Or a rulebook file (quy-che.json):',
  'page.rulesUsing': 'Using: {name}',
  'page.step2': "2. A new month's grid",
  'page.step2Help':
    "Open the staff list (CSV or Excel, or last month's grid), choose the month and press Make grid; download it and fill it in Excel.",
  'page.roster': 'Staff list:',
  'page.month': 'Month:',
  'page.makeGrid': 'Make grid',
  'page.step3': '3. Check filled grids',
  'page.step3Help':
    'Open one or more filled month grids (or one file of twelve sheets). Every problem is shown by file › sheet › cell, with what to do.',
  'page.grids': 'Month grids:',
  'page.scores': 'Scores per person',
  'page.person': 'Name',
  'page.step4': '4. Report',
  'page.step4Help':
    'The report of the grids opened in step 3: a month, a quarter or the year, depending on the grids you opened; or a window from one date to another (ranked by points kept in it).',
  'page.makeReport': 'Make the report',
  'page.step5': '5. Year-end classification',
  'page.step5Help': "From the year's month grids opened in step 3. You may open the year-end staff list (discipline, groups).",
  'page.yearEndRoster': 'Year-end staff list (optional):',
  'page.classify': 'Classify',
  'page.forms': 'Evaluation forms (Mẫu số 01)',
  'page.download': 'Download {file}',
  'page.notWritten': 'No file made: there are errors to fix first (see the list in step 3).',
  'page.needGrids': 'Open the month grids in step 3 first.',
  'page.working': 'Working…',
  'cmd.page': 'write the page scoring.html: opens in a browser, nothing to install, no network; files never leave the computer',
  'example.page': '  scoring page -o scoring.html       # hand this file to colleagues; they open it in Chrome, Edge or Firefox',
  'opt.outputPage': "the page's file name (default scoring.html)",
  'usage.notHtmlOutput': '{file}: the page is written as an .html file. Choose another name with -o, e.g. -o scoring.html.',
  'page.notBuilt': 'the page {file} is not built: run npm run build first.',
  'cli.wrotePage': 'Wrote {file}: open it in a browser (double-click), no network needed.',
  'page.from': 'From (optional):',
  'page.to': 'To:',
  'tally.monthAfterDate':
    "the grid of {month}/{year} is of a month after the document's date {date}, so it is not counted. Leave it out, or give the document's real date with --date.",
  'grid.markAfterDate':
    "{code} is marked on a day after the document's date {date}: what has not happened yet cannot cost points. Delete the mark, or give the document's real date with --date.",
  'grid.neutralAfterDate':
    "{code} is marked on a day after the document's date {date} (leave planned ahead?): it costs nothing and is only noted.",
  'evaluation.notWorked':
    "{name} worked no day of this period (off all of it), so the period is not scored; the leader's points typed here are not counted. Delete them, or correct the leave marks in the monthly grids if this person did work.",
  'scope.year': 'year',
  'scope.quarter': 'Q{quarter}',
  'scope.month': 'month {month}',
  'scope.range': 'period',
  'col.totalOf': '{scope} total',
  'col.scoreOf': '{scope} score',
  'cli.byQuarterOnly':
    "The evaluation is by quarter (Decree 335/2025): the scores are in the Q{quarter} report and the year report, not in a month's report.",
  'cli.asOfPeriod': 'As of {date}: the {scope} is not over, the results stand as of that day.',
  'note.joined': 'Joined in {month}/{year}: evaluated on the time with the unit.',
  'note.left': 'On the grids up to {month}/{year} (left or transferred).',
  'note.notOnRoster': 'Not on the year-end roster: discipline and group not checked.',
  'note.noTimeWorked335': 'No time actually worked in the year: nothing to classify on (Decree 335/2025 art. 19 cl. 3).',
  'classify.notOnRoster':
    '{name} is on the grids (months {months}) but not on the year-end roster, so their discipline and group are unknown. Add them to the roster (if they left, say so), or check the Mã and name.',
  'cli.quotaRule':
    'HTXSNV quota (Decree 335/2025 art. 20 cl. 5 a): people at HTXSNV at most {share}% of those at HTTNV, in the unit and in each group; the limit rounds down, so under {min} people at HTTNV allow no HTXSNV.',
  'cli.quotaLine': 'HTXSNV quota, {group}: {good} at HTTNV × {share}% = at most {limit}; {excellent} at HTXSNV: {verdict}.',
  'cli.quotaOk': 'holds',
  'cli.quotaOver': 'EXCEEDED; at the border: {border}',
  'cli.quotaBasis': 'The {share}% share applies by {basis} (Decree 335/2025 art. 20 cl. 5 b).',
  'cli.quotaMoved': 'Moved to HTTNV, lowest score first: {people}. Each move adds one at HTTNV, so the limit is counted again.',
  'opt.quotaShare': "an HTXSNV share the competent authority allowed instead of the rulebook's, e.g. 0.3 (needs --quota-basis)",
  'opt.quotaBasis': 'the basis of that share, e.g. "Decision 12/QĐ-UBND of 01/12/2026"; printed on the classification',
  'usage.quotaShare': '--quota-share must be a share between 0 and 1 (e.g. 0.3), given with --quota-basis "basis".',
  'transfer.notExport':
    '{file}: not a previous unit\'s period results (no "Họ và tên" column). Use the file the old unit wrote with scoring tally --export.',
  'transfer.missingColumns':
    '{file}: the period results lack the columns {columns}. Use the file the old unit wrote with scoring tally --export.',
  'transfer.badPeriod':
    '{name}: "{value}" is not a period of {year} under the rulebook (e.g. Q1-{year}). Correct it from the old unit\'s original file.',
  'transfer.notFinal':
    "{name}, {period}: the old unit's result is provisional or has no total, so it is not counted. Score this period in this unit's grid, or ask the old unit for its final result.",
  'transfer.badScore':
    '{name}: "{column}" reads "{value}", not a score within the rulebook\'s limits. Correct it from the old unit\'s original file.',
  'transfer.badTotal':
    "{name}, {period}: the total {total} differs from I.2 + other general + task results = {sum}. Correct it from the old unit's original file.",
  'transfer.unknownPerson':
    "{name}: the old unit sent results but this person is in none of the unit's grids, so they are not counted. Check the Mã and name.",
  'transfer.overlap': "{name}, {period}: on this unit's grids already, so the old unit's result for the period is not counted.",
  'note.transferred': 'Period {periods}: results sent by the previous unit ({file}).',
  'opt.transfer': 'period results of a person who moved in, written by the old unit with tally --export (.csv/.xlsx); may be repeated',
  'transfer.noEvaluation':
    '--transfer brings period results (Decree 335/2025), but the rulebook in use ("{name}") has no period evaluation. Run with a Decree 335/2025 rulebook.',
  'formScores.unknownPerson':
    'a form for "{name}", but nobody of that name is in the grids, so its scores are not counted. Check the name on the form.',
  'formScores.ambiguousPerson':
    'a form for "{name}", but several people of that name are in the grids. Enter their scores in the grid\'s leader columns instead.',
  'formScores.gridDiffers':
    "{name}, period {period}: the leader's scores on the form ({form}) differ from the grid's ({grid}, cell {cell}). Make them agree, or clear one of them.",
  'formScores.twice':
    '{name}, period {period}: two forms (the other at {other}); which one counts is unclear. Remove the extra form (or the copied sheet) and run again.',
  'formScores.notNumber': '{name}: the score cell reads "{value}", not a score. Type a number, e.g. 2.5.',
  'formScores.outOfRange': "{name}: {value} is more than this criterion's maximum of {max}. Correct it.",
  'formScores.badTotal':
    '{name}: the total reads {value}, but the criteria add up to {sum}. Clear the total (the tool adds up) or correct the criteria.',
  'formScores.disciplineChanged':
    '{name}: I.2 on the form reads {value}, but the grids give {computed}. I.2 comes from the grids: correct the grid if it is wrong, not the form.',
  'opt.filledForms':
    'filled Mẫu số 01 forms (a file the forms command wrote, with each criterion scored by the leader and the person); may be repeated',
  'file.sameOutputTwice':
    '{file}: two outputs of one run go to the same file (-o and --export with one name, say): the second would replace the first. Choose two names.',
  'grid.monthLinesDisagree': 'two title lines give different months: "{a}" and "{b}". Correct the THÁNG … NĂM … line to the grid\'s month.',
  'staff.idZeroPadded':
    'the Mã "{id}" of {name} is read as "{other}" (Excel dropped its leading zeros). Format the Mã column as Text and type "{other}" again.',
  'staff.nameTwoIds':
    '{name} has the Mã "{id}" here but "{other}" in {otherFile}, in different months: most likely one person whose Mã was mistyped. Make the Mã agree (two namesakes: tell them apart in the name).',
  'grid.ttNotNumber':
    'the TT "{tt}" is not a number, but the row has a Mã, so it is read as a person ({name}). If it is a heading, delete the Mã; if a person, type a number.',
  'grid.duplicateDay':
    'day {day} is headed twice: marks in the second column would not count. Delete the extra column (move its marks to the right day).',
  'grid.cellInsideDays':
    "the cell is in column {column}, among the day columns but no day's, so it is not counted. Delete the column or move its content to the right day.",
  'grid.marksOutsideDays': 'the cell holds marks outside the day columns, so they are not counted. Move them to the right day.',
  'grid.columnNotRead':
    "column {column} holds {count} cells the tool does not read (no day, name, Mã or leader's points): scores are not affected.",
  'grid.rowNotRead': 'row {row} holds something but no name and no marks, so it is not read. If it is a person, type the name.',
  'grid.headerNearly':
    'the sheet has day columns 1–31 but its header reads "{label}" instead of "Họ và tên", so the grid cannot be read. Change this cell to exactly "Họ và tên" (the other columns: TT, Mã, Chức vụ).',
  'grid.headerMissing':
    'the sheet has day columns 1–31 but no "Họ và tên" column, so the grid cannot be read. Type "Họ và tên" in the name column\'s header (the others: TT, Mã, Chức vụ).',
  'opt.preset': 'preset',
  'page.rulesUsedByRun': 'The last run used: {name} ({from})',
  'evaluation.missingLeftUnclassified':
    '{name}: the evaluation of period {period} is missing; this person is left unclassified. Fill in this cell and run again to classify them.',
  'page.shownInCheck': '{count} other problem(s) already listed in step 3.',
  'page.stop': 'Stop',
  'page.stopped': 'Stopped. No file was made.',
  'page.sameNameTwice': 'Two files named {file} (from two folders): rename one and open them again.',
  'page.noScore': 'incomplete',
  'page.rulesFromGrids': 'The rulebook stored in the grids (or the default)',
  'page.rulesNotChosen': 'None chosen: the rulebook stored in the grids is used, else the default.',
  'page.unit': 'Unit (document head):',
  'page.parent': 'Parent body (document head):',
  'page.date': 'Document date:',
  'page.export': 'Export results per period, file name (.csv or .xlsx):',
  'page.enforceQuota': 'Apply the HTXSNV quota (those over it move to HTTNV)',
  'page.quotaShare': 'Another HTXSNV share allowed (e.g. 0.3):',
  'page.quotaBasis': "Its basis (the decision's number):",
  'page.transfer': "Results of people who moved in (the old unit's file):",
  'page.filled': 'Filled Mẫu số 01 forms:',
  'page.allowMissingMonths': 'Classify with months missing',
  'page.allowMissingEvaluations': 'Classify those with all scores; leave the rest',
  'page.formPeriod': 'Period of the forms (Q4-2026, T11-2026 or 2026):',
  'page.formDate': 'Date on the forms (blank: each person writes it):',
  'page.handMadeMonth': 'Month of a hand-made grid (when its title lacks it):',
  'ledger.notLedger':
    '{file} is not a ledger of closed months (so-chot.json): check the file name, or leave out --ledger to use the one beside the grids.',
  'ledger.edited':
    'The ledger {file} was edited by hand at entry {entry} (an entry changed, removed or reordered): every command stops. Take back a saved copy of the ledger and compare it with the check codes printed on the closing records.',
  'ledger.otherYear':
    'The ledger {file} is of {year}, but {grid} is a month of {gridYear}: one ledger a year. Name the right one with --ledger.',
  'ledger.otherUnit': "The ledger {file} is of {unit}, but {grid} is of {gridUnit}: use your unit's ledger (--ledger).",
  'ledger.otherRules':
    'Month {month} was closed on {date} (ledger {ledger}) under another rulebook than the one in use: run again with the rulebook it was closed under (--rules), or reopen the month with a reason (scoring reopen).',
  'ledger.cellChanged':
    '{name}: changed after month {month} was closed on {date}: {before} → {after}, score {scoreBefore} → {scoreAfter}. Put the cell back as closed, or reopen the month with a reason (scoring reopen … --reason "…").',
  'ledger.personAdded':
    '{name} (ID {id}) was added after month {month} was closed on {date}: remove the row, or reopen the month with a reason (scoring reopen).',
  'ledger.personRemoved':
    '{name} (ID {id}) was removed after month {month} was closed on {date}: put the row back, or reopen the month with a reason (scoring reopen).',
  'ledger.alreadyClosed':
    'Month {month} was already closed on {date} (code {code}) in {file}: a month is closed once. To change it, reopen it with a reason (scoring reopen).',
  'ledger.notClosed': 'Month {month} is not closed in {file}: there is nothing to reopen. Close it with scoring close.',
  'ledger.nothingChanged': '{grid} is exactly the month {month} as closed (code {code}): nothing to record.',
  'ledger.none':
    'No ledger (so-chot.json) in this folder, the folders above or beside the grids: close a month first (scoring close), or name the ledger with --ledger.',
  'ledger.reasonMissing': 'Reopening a closed month needs a reason: --reason "Decision no. … / objection of … accepted".',
  'ledger.oneGrid': 'Reopen one month at a time: give one grid.',
  'verify.same': '{file}: it is the file the paper with check code {code} was printed from.',
  'verify.differs':
    'Its check code is now {actual}, not {code}: the file differs from the one printed. See which cells differ with scoring diff PRINTED-COPY {file}.',
  'verify.noCode': '{file}: no check code in its footer: only month grids and documents made by scoring have one.',
  'diff.notSameMonth': '{old} is month {oldMonth} and {new} month {newMonth}: compare two versions of one month.',
  'diff.twoFiles': 'diff needs exactly two files: the old version and the new.',
  'cli.closed': 'Month {month} closed: {people} people, check code {code}; objections until the end of {deadline}.',
  'cli.ledgerWritten': 'Ledger {file} written (entry {entry}).',
  'cli.reopened': 'Month {month} reopened: {cells} cell(s) changed; reason: {reason}; new check code {code}.',
  'cli.diffHeading': '{old} → {new}, month {month}: code {oldCode} → {newCode}',
  'cli.diffNone': 'The two versions agree in every scored cell (code {code}).',
  'cli.diffAdded': 'Added: {name} (ID {id})',
  'cli.diffRemoved': 'Removed: {name} (ID {id})',
  'cli.diffRules': 'The two versions are scored under different rulebooks.',
  'cli.closedMonths': 'Closed months: {months}.',
  'col.cell': 'Cell',
  'col.what': 'Day / column',
  'col.before': 'Before',
  'col.after': 'After',
  'col.scoreBefore': 'Score before',
  'col.scoreAfter': 'Score after',
  'diff.name': 'Name',
  'diff.otherGeneral': 'Other general criteria',
  'diff.task': 'Task results',
  'cmd.close': "close months: record them in the ledger, write each person's notice and the closing record",
  'cmd.reopen': 'reopen a closed month (with a reason), recording the change in the ledger',
  'cmd.diff': 'compare two versions of a month: changed cells, people added or removed, score effects',
  'cmd.verify': 'check whether a file is the one a paper with a check code was printed from',
  'arg.oldNew': 'the old and the new version of a month (.xlsx)',
  'arg.fileToVerify': 'a month grid or a document made by scoring (.xlsx)',
  'opt.ledger': 'the ledger (default so-chot.json in this folder, a folder above, or beside the grids)',
  'opt.reason': "why the month is reopened (a decision's number, an objection accepted)",
  'opt.code': 'the check code printed on the paper',
  'opt.outputNotices': 'notices and record file (default chot-thang-MM-YYYY.xlsx)',
  'opt.outputDiff': 'also write the comparison to an .xlsx file',
  'opt.closeDate': 'the closing date, dd/mm/yyyy (default today): objections are counted from it',
  'example.close': '  scoring close thang-11-2026.xlsx --date 03/12/2026\n  scoring close thang-1*-2026.xlsx --ledger so-chot.json',
  'example.reopen': '  scoring reopen thang-11-2026.xlsx --reason "Objection of Mr A accepted on 05/12/2026"',
  'example.diff': '  scoring diff thang-11-2026-printed.xlsx thang-11-2026.xlsx\n  scoring diff old.xlsx new.xlsx -o comparison.xlsx',
  'example.verify': '  scoring verify thang-11-2026.xlsx --code 7K2M-Q9XA-3FTB',
  'page.ledger': 'Ledger of closed months (so-chot.json, if any):',
  'page.closeDate': 'Closing date:',
  'page.reason': 'Why it is reopened (a decision, an objection accepted):',
  'page.code': 'Check code printed on the paper:',
  'verify.codeMissing': 'Give the check code printed on the paper: --code XXXX-XXXX-XXXX.',
  'page.step6': '6. Closing a month',
  'page.step6Help':
    "Close the grids opened in step 3: download the ledger (so-chot.json) with each person's notice and the record; open the ledger again next time. To change a closed month, reopen it with a reason; compare two versions of a month; check a file against the code printed on paper.",
  'page.close': 'Close the month',
  'page.reopen': 'Reopen a closed month',
  'page.diff': 'Compare two versions',
  'page.verify': 'Check a code',
  'page.diffOld': 'Old version (printed, closed):',
  'page.diffNew': 'New version:',
  'page.verifyFile': 'File to check:',
  'cli.cchcShare': 'CCHC indicator {id}: share rated HTTNV or above {share}% (required ≥ {threshold}%): {verdict}.',
  'cli.cchcDisciplineNone': 'CCHC indicator {id}: no civil servant disciplined from khiển trách up: {verdict}.',
  'cli.cchcDiscipline': 'CCHC indicator {id}: no civil servant disciplined from khiển trách up: {verdict}, {count} person(s) ({people}).',
  'cli.cchcMet': 'met',
  'cli.cchcMissed': 'not met',
  'review.noSheet': '{file}: no sheet to read.',
  'review.noHeader': '{file} › {sheet}: no header row with a "Họ và tên" column: is this a review sheet made by scoring init-review?',
  'review.noRater':
    'The column of criterion {item} does not say who rates (CN or LĐ on the row under the header): write it back as on the blank sheet.',
  'review.columnTwice': 'Criterion {item} has two columns for the same rater (the first at {first}): remove the extra one.',
  'review.columnMissing':
    'The column of criterion {item} ({name}) is missing: the sheet must have every column of the blank one; make it again with scoring init-review if needed.',
  'review.belowTable': '"{value}" is below the table, on nobody\'s row: move it to the row of the person rated.',
  'review.rowNotRead': '"{value}" is on a row with no name: write the name, or clear the cell.',
  'review.personTwice': '{name} has two rows on the sheet: keep one.',
  'review.personMissing': '{name} was on the blank sheet but has no row on the filled one: put the row back.',
  'review.unknownColumn':
    '"{value}" is in column "{header}", which is no criterion of the rulebook: move it to its column, or remove the added column.',
  'review.cellNotRead': '"{value}" is in a column with no criterion header: move it to its column, or clear the cell.',
  'review.badLevel': '{name}: "{value}" is not a level ({levels}): choose one from the cell\'s list.',
  'review.notRatedSelf': '{name}: {count} criteria not yet self-rated.',
  'review.notRatedLeader': '{name}: {count} criteria not yet rated by the leader.',
  'review.wholeGroups':
    "The rulebook has no detailed criteria for: {groups}. These groups are rated as a whole until the unit writes their criteria in the rulebook's review section.",
  'review.noPeriod': '{file}: which period is this sheet for? Give --period H1-2026 (first half), H2-2026 or Q1-2026.',
  'usage.badReviewPeriod': 'Review period "{value}" not understood: write H1-2026, H2-2026 (half-year) or Q1-2026 … Q4-2026 (quarter).',
  'cli.reviewSummary': '{period}: {people} people; overall: {counts}.',
  'cli.reviewWeak': 'Rated Yếu: {people}.',
  'cli.reviewNote': 'Note: {note}',
  'cmd.init-review': 'write the "5 xây, 3 chống" review sheet of a period (each cell a choice of levels)',
  'cmd.review': 'read filled "5 xây, 3 chống" sheets and write the unit\'s report',
  'arg.reviewSheets': 'filled review sheets (.xlsx), of one or several periods',
  'opt.reviewPeriod': 'review period: H1-2026, H2-2026 (half-year) or Q1-2026 … (quarter)',
  'opt.outputReviewForm': 'sheet file (default danh-gia-5x3c-H2-2026.xlsx)',
  'opt.outputReviewReport': 'report file (default bao-cao-5x3c-<period>.xlsx)',
  'example.init-review': '  scoring init-review --period H2-2026 --staff roster.csv',
  'example.review': '  scoring review danh-gia-5x3c-H2-2026.xlsx\n  scoring review danh-gia-5x3c-H1-2026.xlsx danh-gia-5x3c-H2-2026.xlsx',
  'page.reviewPeriod': 'Review period (H1-2026, H2-2026):',
  'page.reviewRoster': 'Staff list (or a month grid):',
  'page.reviewSheets': 'Filled sheets:',
  'page.step7': '7. The "5 xây, 3 chống" review',
  'page.step7Help':
    "Make the period's sheet (half-year or quarter) for self- and leader rating; open the filled sheets for the report and the committee's notes.",
  'page.makeReviewForm': 'Make the sheet',
  'page.makeReviewReport': 'Make the review report',
  'review.noteSelfSame': '{name} gave themselves "{level}" on every criterion: possibly filled for form\'s sake.',
  'review.noteSelfFar': "{name}: their own rating is far from the leader's on {criteria}.",
  'review.noteLeaderSame': 'The leader gave all {people} people "{level}" on every criterion: possibly rated for form\'s sake.',
  'opt.withReview': 'include the "5 xây, 3 chống" criteria (the review section) for the unit to adapt',
  'forms.reviewNotMapped':
    "Review sheets were given but the rulebook maps none of their criteria to Mẫu số 01's rows (review.formRows): nothing of them is shown on the forms.",
  'opt.formsReview':
    'filled "5 xây, 3 chống" sheets: their ratings beside the general criteria, where the rulebook maps them (review.formRows); repeatable',
  'page.formsReview': '"5 xây, 3 chống" sheets as evidence (where the rulebook maps them):',
  'close.oneOutput': '-o names one file: to close several months at once, leave -o out (one chot-thang-MM-YYYY.xlsx a month).',
};

const catalogues: Record<Lang, Record<MessageKey, string>> = { vi, en };

/** A pattern split once at its placeholders: text, name, text, name … text (a form's lines are filled for every person). */
const splitPatterns = new Map<string, readonly string[]>();

/** Replaces `{name}` placeholders; an unknown one stays visible rather than vanishing. */
export function fillPlaceholders(pattern: string, params: Readonly<Record<string, string | number>>): string {
  let parts = splitPatterns.get(pattern);
  if (!parts) {
    parts = pattern.split(/\{(\w+)\}/u);
    if (splitPatterns.size < 10_000) splitPatterns.set(pattern, parts);
  }
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const value = params[parts[i]!];
    out += (value === undefined ? `{${parts[i]}}` : String(value)) + parts[i + 1]!;
  }
  return out;
}

export function render(lang: Lang, key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  return fillPlaceholders(catalogues[lang][key], params);
}

/** A decimal as Vietnamese paper writes it: 2,5 and 84,71, never 84.71 beside 2,5. */
export function viDecimal(value: number): string {
  return String(value).replace('.', ',');
}

/** A message on a printed document: Vietnamese, its decimals with the decimal comma. */
export function documentText(key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  return render('vi', key, Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'number' ? viDecimal(v) : v])));
}

/** Every message of one language, by key (the page lists them; a test checks each is used). */
export function catalogue(lang: Lang): Readonly<Record<MessageKey, string>> {
  return catalogues[lang];
}

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}
