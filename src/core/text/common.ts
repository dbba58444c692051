// The texts of every surface, in Thai and English: data only. Tests and the sidebar bundle them as they are;
// the server build reads them from build/Text*.html on first use instead (scripts/build.mjs, src/server/lazyTexts.ts).

export const th = {
  // Errors of the custom functions: {fn} the function, {arg} the argument, {got} what it received.
  'arg.missionsRange': '{fn}: อาร์กิวเมนต์ {arg} ต้องเป็นช่วงของบันทึกภารกิจที่มีแถวหัวตาราง เช่น ภารกิจ!A1:S',
  'arg.missingColumn': '{fn}: อาร์กิวเมนต์ {arg} ไม่มีคอลัมน์ {column} ในแถวหัวตาราง (ต้องมีคอลัมน์วันที่และสถานะ)',
  'arg.noVerifiedColumn':
    '{fn}: verified_only เป็น TRUE แต่อาร์กิวเมนต์ {arg} ไม่มีคอลัมน์ {column} ในแถวหัวตาราง ให้เพิ่มคอลัมน์นี้ หรือตั้ง verified_only เป็น FALSE',
  'arg.fiscalYear': '{fn}: อาร์กิวเมนต์ {arg} ต้องเป็นปีงบประมาณ เช่น 2568 (พ.ศ.) หรือ 2025 (ค.ศ.) ได้รับ {got}',
  'arg.boolean': '{fn}: อาร์กิวเมนต์ {arg} ต้องเป็น TRUE หรือ FALSE ได้รับ {got}',
  'arg.count': '{fn}: อาร์กิวเมนต์ {arg} ต้องเป็นจำนวนครั้งที่ไม่ติดลบ ได้รับ {got}',
  'arg.countCell': '{fn}: อาร์กิวเมนต์ {arg} แถว {row} คอลัมน์ {col} ต้องเป็นจำนวนครั้งที่ไม่ติดลบ ได้รับ {got}',
  'arg.ladder':
    '{fn}: อาร์กิวเมนต์ {arg} ต้องเป็นช่วง 2 คอลัมน์ (เกณฑ์, คะแนน) เช่น (2,1) (4,2) (6,3) (8,4) (10,5): {problem}',
  'arg.method': '{fn}: อาร์กิวเมนต์ {arg} ต้องเป็น "step" หรือ "linear" ได้รับ {got}',
  'arg.date': '{fn}: อาร์กิวเมนต์ {arg} ต้องเป็นวันที่ เช่น 2025-01-15 หรือ 15/1/2568 (ปีต้องมี 4 หลัก) ได้รับ {got}',
  'arg.dateCell':
    '{fn}: อาร์กิวเมนต์ {arg} แถว {row} คอลัมน์ {col} ต้องเป็นวันที่ เช่น 2025-01-15 หรือ 15/1/2568 (ปีต้องมี 4 หลัก) ได้รับ {got}',
  'arg.era': '{fn}: อาร์กิวเมนต์ {arg} ต้องเป็น "BE" (พ.ศ.) หรือ "CE" (ค.ศ.) ได้รับ {got}',
  'arg.style': '{fn}: อาร์กิวเมนต์ {arg} ต้องเป็น "short" หรือ "long" ได้รับ {got}',
  'arg.noMissionLog': '{fn}: ไม่พบชีต ภารกิจ (หรือ Missions) ในไฟล์นี้ ให้ใช้เมนู ตั้งค่าชีต ก่อน',
  'arg.settings': '{fn}: อาร์กิวเมนต์ {arg} ต้องเป็นคอลัมน์ A:B ของชีตตั้งค่า เช่น ตั้งค่า!A1:B',
  'arg.asOf':
    '{fn}: อาร์กิวเมนต์ {arg} ต้องเป็นวันที่ เช่น TODAY() หรือ DATE(2025,3,31) หรือ "15/1/2568" (ปีต้องมี 4 หลัก) ได้รับ {got}',
  'arg.lang': '{fn}: อาร์กิวเมนต์ {arg} ต้องเป็น "th" หรือ "en" ได้รับ {got}',
  'arg.nothing': 'ค่าว่าง',
  // Ladder problems.
  'ladder.empty': 'ไม่มีขั้นคะแนน',
  'ladder.notNumber': 'ขั้นที่ {level}: เกณฑ์และคะแนนต้องเป็นตัวเลข',
  'ladder.negative': 'ขั้นที่ {level}: ค่าติดลบไม่ได้',
  'ladder.notRising': 'ขั้นที่ {level}: เกณฑ์ต้องสูงกว่าขั้นก่อนหน้า',
  'ladder.pointsFalling': 'ขั้นที่ {level}: คะแนนต้องไม่น้อยกว่าขั้นก่อนหน้า',
  // Why a row of the mission log does not count.
  'reason.blank': 'แถวว่าง',
  'reason.noDate': 'ไม่มีวันที่',
  'reason.invalidDate': 'วันที่ไม่ถูกต้อง: {value} (พิมพ์เช่น 15/1/2568 หรือ 2025-01-15 ปีต้องมี 4 หลัก)',
  'reason.outsideFiscalYear': 'อยู่นอกปีงบประมาณ {fiscalYear}',
  'reason.future': 'วันที่ยังมาไม่ถึง ({date})',
  'reason.notDone': 'สถานะไม่ใช่ ดำเนินการแล้ว ({value})',
  'reason.unknownStatus': 'ไม่รู้จักสถานะ: {value}',
  'reason.duplicateId': 'รหัสซ้ำกับแถว {firstRow}',
  'reason.notVerified': 'ยังไม่ได้ตรวจสอบ',
  'reason.noStatus': 'ไม่มีสถานะ',
  // The menu (SPEC §5) and the help dialog.
  'help.title': 'วิธีใช้ KR Tracker',
  'sidebar.title': 'บันทึกภารกิจ',
  // Submitting a mission.
  'submit.busy': 'มีผู้อื่นกำลังบันทึกอยู่ กรุณาลองใหม่อีกครั้งในอีกสักครู่ ข้อมูลที่กรอกไว้ยังอยู่ครบ',
  'submit.recorded': 'บันทึกภารกิจแล้ว (แถว {row})',
  'submit.already': 'ภารกิจนี้บันทึกไว้แล้ว (แถว {row}) ไม่ได้บันทึกซ้ำ',
  'submit.notCounted': 'บันทึกแล้ว (แถว {row}) แต่ไม่นับในปีงบประมาณ {fiscalYear}: {reason}',
  'submit.failed': 'บันทึกไม่สำเร็จ: {error} ข้อมูลที่กรอกไว้ยังอยู่ครบ',
  'submit.likelyDuplicate':
    'ภารกิจนี้ดูเหมือนแถว {row} (วันที่ ประเภท และเมือง/องค์กรเดียวกัน) ยังไม่ได้บันทึก กด บันทึกต่อ หากเป็นคนละภารกิจ',
  // Setup.
  'setup.done': 'ตั้งค่าชีตเรียบร้อย: {missions} และ {settings}',
  'setup.columnsAdded': 'เพิ่มคอลัมน์ที่ขาด: {columns}',
  'setup.headerNote': 'แถวหัวตารางของ KR Tracker: แก้ไขชื่อคอลัมน์แล้วการนับอาจผิด',
  'settings.title': 'การตั้งค่า KR Tracker',
  'settings.field': 'รายการ',
  'settings.value': 'ค่า',
  'settings.threshold': 'เกณฑ์ (ครั้ง)',
  'settings.points': 'คะแนน',
  'settings.problem.fiscalYear': 'ปีงบประมาณไม่ถูกต้อง ({value}) ต้องเป็นปี เช่น 2568 หรือ 2025 จึงใช้ปีปัจจุบัน',
  'settings.problem.target': 'ค่าเป้าหมายต้องเป็นตัวเลขที่มากกว่า 0 ({value}) จึงใช้ค่าตามบัตร KR คือ 10',
  'settings.problem.method': 'ไม่รู้จักวิธีคิดคะแนน ({value}) ต้องเป็น step หรือ linear จึงใช้แบบขั้นบันได',
  'settings.problem.ladder': 'ขั้นคะแนนไม่ถูกต้อง ({problem}) จึงใช้ขั้นคะแนนตามบัตร KR',
  'settings.problem.verifiedOnly': 'ค่า นับเฉพาะที่ตรวจสอบแล้ว ต้องเป็นช่องทำเครื่องหมาย (ได้รับ {value}) จึงนับทุกภารกิจ',
  'settings.problem.unknownLabel': 'ไม่รู้จักรายการ "{value}" จึงไม่ได้ใช้ค่าในแถวนี้ ตรวจชื่อรายการว่าพิมพ์ถูกหรือไม่',
  'settings.problem.missingTab': 'ไม่พบชีตตั้งค่า จึงใช้ค่าตามบัตร KR ทั้งหมด ใช้เมนู ตั้งค่าชีต เพื่อสร้างชีตนี้',
  'settings.problem.at': 'ชีตตั้งค่า ช่อง {cell}: {problem}',
  'settings.problem.madeNew': 'ไม่พบชีตตั้งค่า จึงสร้างชีต {name} ใหม่ด้วยค่าตามบัตร KR โปรดตรวจค่าในชีตนี้',
  'log.problem.twoLogs': 'มีชีตบันทึกภารกิจมากกว่าหนึ่งชีต ({names}) KR Tracker นับและบันทึกที่ชีต {used} เท่านั้น',
  // The form and submitMission.
  'field.required': 'กรุณากรอก{label}',
  'field.tooLong': '{label}ยาวเกิน {max} ตัวอักษร',
  'field.date': 'กรุณาใส่วันที่ที่มีอยู่จริง เช่น 15/1/2568 หรือ 2025-01-15 (ปีต้องมี 4 หลัก)',
  'field.dateRange': 'วันที่ต้องอยู่ระหว่างปี พ.ศ. 2443 ถึง 2942 (ค.ศ. 1900 ถึง 2399)',
  'field.dateFuture': 'ภารกิจที่ดำเนินการแล้วลงวันที่หลังวันนี้ ({today}) ไม่ได้ หากยังไม่ได้จัด ให้เลือกสถานะ วางแผน',
  'field.dateTooFar': 'วันที่ต้องไม่เกินหนึ่งปีนับจากวันนี้ (ไม่เกิน {limit})',
  'field.kind': 'กรุณาเลือกประเภทภารกิจจากรายการ',
  'field.status': 'กรุณาเลือกสถานะจากรายการ',
  'field.steps': 'ขั้นตอนต้องเป็นช่องทำเครื่องหมาย 5 ช่อง',
  'field.evidence': 'หลักฐานต้องเป็นลิงก์ที่ขึ้นต้นด้วย http:// หรือ https://',
  'field.id': 'รหัสภารกิจไม่ถูกต้อง',
  'field.text': '{label}ต้องเป็นข้อความ',
  'field.input': 'ข้อมูลที่ส่งมาไม่ใช่แบบฟอร์มภารกิจ',
  // Editing, verifying and History (listMissions, updateMission, verifyMission).
  'edit.unknownId': 'ไม่พบภารกิจนี้ในบันทึกภารกิจแล้ว (อาจถูกลบ) จึงไม่ได้บันทึกอะไร',
  'edit.conflict': 'มีผู้อื่นแก้ไขภารกิจนี้ (แถว {row}) หลังจากที่คุณเปิด จึงยังไม่ได้บันทึก ดูค่าล่าสุดด้านล่าง แล้วบันทึกอีกครั้ง',
  'edit.refusedFields': 'แก้ไข {fields} ด้วยวิธีนี้ไม่ได้ จึงไม่ได้บันทึกอะไร',
  'edit.badRequest': 'คำขอแก้ไขไม่ถูกต้อง (ต้องมีรหัส ค่าที่เปลี่ยน และรุ่นของแถว) จึงไม่ได้บันทึกอะไร',
  'edit.missingColumns':
    'บันทึกภารกิจไม่มีคอลัมน์ {columns} ในแถวหัวตาราง ใช้เมนู ตั้งค่าชีต เพื่อเพิ่มกลับ แล้วลองอีกครั้ง ยังไม่ได้บันทึกอะไร',
  'edit.noLog': 'ยังไม่มีชีตบันทึกภารกิจ ใช้เมนู ตั้งค่าชีต ก่อน',
  'edit.saved': 'บันทึกการแก้ไขแล้ว (แถว {row})',
  'edit.nothing': 'ไม่มีค่าใดเปลี่ยน จึงไม่ได้บันทึกอะไร',
  'verify.noEmail': 'Google ไม่ได้ให้อีเมลของคุณแก่ KR Tracker จึงยืนยันไม่ได้ว่าคุณเป็นผู้ตรวจสอบ ยังไม่ได้เปลี่ยนอะไร',
  'verify.notReviewer': 'เฉพาะผู้ตรวจสอบที่ระบุในชีตตั้งค่า (หรือเจ้าของสเปรดชีต) เท่านั้นที่ตรวจสอบภารกิจได้ ยังไม่ได้เปลี่ยนอะไร',
  'verify.writeFailed':
    'บันทึกการตรวจสอบไม่สำเร็จ ({error}) ยังไม่ได้เปลี่ยนอะไร หากคุณเพิ่งได้รับชื่อเป็นผู้ตรวจสอบ ให้เจ้าของสเปรดชีตใช้เมนู ตั้งค่าชีต อีกครั้ง เพื่อให้คุณแก้ไขคอลัมน์ตรวจสอบได้',
  'verify.done': 'ตรวจสอบแล้ว (แถว {row})',
  'verify.undone': 'ยกเลิกการตรวจสอบแล้ว (แถว {row})',
  'history.created': 'บันทึกใหม่',
  'history.protection': 'KR Tracker: ประวัติการแก้ไข บันทึกโดยอัตโนมัติ โปรดอย่าแก้ไข',
  'setup.reviewProtection': 'KR Tracker: เฉพาะผู้ตรวจสอบและเจ้าของสเปรดชีตแก้ไขได้',
  'setup.notProtected': 'คอลัมน์การตรวจสอบยังไม่ได้ป้องกัน: ให้เจ้าของสเปรดชีตหรือผู้ตรวจสอบใช้เมนู ตั้งค่าชีต',
} as const;

export type Key = keyof typeof th;

export const en: Record<Key, string> = {
  'arg.missionsRange':
    '{fn}: argument {arg} must be the mission-log range with its header row, e.g. Missions!A1:S',
  'arg.missingColumn':
    '{fn}: argument {arg} has no {column} column in its header row (the date and status columns are needed)',
  'arg.noVerifiedColumn':
    '{fn}: verified_only is TRUE but argument {arg} has no {column} column in its header row: add it, or set verified_only to FALSE',
  'arg.fiscalYear':
    '{fn}: argument {arg} must be a fiscal year such as 2568 (B.E.) or 2025 (C.E.); got {got}',
  'arg.boolean': '{fn}: argument {arg} must be TRUE or FALSE; got {got}',
  'arg.count': '{fn}: argument {arg} must be a count of missions, zero or more; got {got}',
  'arg.countCell': '{fn}: argument {arg}, row {row}, column {col} must be a count, zero or more; got {got}',
  'arg.ladder':
    '{fn}: argument {arg} must be a 2-column range of threshold and points, e.g. (2,1) (4,2) (6,3) (8,4) (10,5): {problem}',
  'arg.method': '{fn}: argument {arg} must be "step" or "linear"; got {got}',
  'arg.date':
    '{fn}: argument {arg} must be a date such as 2025-01-15 or 15/1/2568 (a four-digit year); got {got}',
  'arg.dateCell':
    '{fn}: argument {arg}, row {row}, column {col} must be a date such as 2025-01-15 or 15/1/2568 (a four-digit year); got {got}',
  'arg.era': '{fn}: argument {arg} must be "BE" or "CE"; got {got}',
  'arg.style': '{fn}: argument {arg} must be "short" or "long"; got {got}',
  'arg.noMissionLog': '{fn}: this file has no Missions (ภารกิจ) sheet; use the menu Set up sheets first',
  'arg.settings': "{fn}: argument {arg} must be the Settings tab's columns A:B, e.g. Settings!A1:B",
  'arg.asOf':
    '{fn}: argument {arg} must be a date such as TODAY(), DATE(2025,3,31) or "15/1/2568" (a four-digit year); got {got}',
  'arg.lang': '{fn}: argument {arg} must be "th" or "en"; got {got}',
  'arg.nothing': 'nothing',
  'ladder.empty': 'it has no levels',
  'ladder.notNumber': 'level {level}: threshold and points must be numbers',
  'ladder.negative': 'level {level}: nothing may be negative',
  'ladder.notRising': 'level {level}: thresholds must rise',
  'ladder.pointsFalling': 'level {level}: points must not fall',
  'reason.blank': 'blank row',
  'reason.noDate': 'no date',
  'reason.invalidDate': 'invalid date: {value} (write e.g. 15/1/2568 or 2025-01-15, with a four-digit year)',
  'reason.outsideFiscalYear': 'outside fiscal year {fiscalYear}',
  'reason.future': 'date in the future ({date})',
  'reason.notDone': 'status is not done ({value})',
  'reason.unknownStatus': 'unknown status: {value}',
  'reason.duplicateId': 'same ID as row {firstRow}',
  'reason.notVerified': 'not verified',
  'reason.noStatus': 'no status',
  'help.title': 'KR Tracker help',
  'sidebar.title': 'Record a mission',
  'submit.busy': 'Someone else is saving right now. Please try again in a moment; what you typed is kept.',
  'submit.recorded': 'Mission recorded (row {row})',
  'submit.already': 'This mission was already recorded (row {row}); nothing was added twice',
  'submit.notCounted': 'Recorded (row {row}), but it does not count in fiscal year {fiscalYear}: {reason}',
  'submit.failed': 'Could not save: {error}. What you typed is kept.',
  'submit.likelyDuplicate':
    'This looks like row {row} (same date, kind and counterpart). It is not saved yet: choose Save anyway if it is another mission',
  'setup.done': 'Sheets are set up: {missions} and {settings}',
  'setup.columnsAdded': 'Missing columns added: {columns}',
  'setup.headerNote': 'KR Tracker header row: renaming a column may break the count',
  'settings.title': 'KR Tracker settings',
  'settings.field': 'Field',
  'settings.value': 'Value',
  'settings.threshold': 'Threshold (missions)',
  'settings.points': 'Points',
  'settings.problem.fiscalYear':
    'the fiscal year is not valid ({value}): write a year such as 2568 or 2025; the current year is used',
  'settings.problem.target':
    'the target must be a number above 0 ({value}); the KR card target of 10 is used',
  'settings.problem.method': 'the scoring method is unknown ({value}): write step or linear; step is used',
  'settings.problem.ladder': 'the ladder is not valid ({problem}); the KR card ladder is used',
  'settings.problem.verifiedOnly':
    'Count verified only must be a checkbox (it holds {value}), so every mission is counted',
  'settings.problem.unknownLabel':
    'KR Tracker does not know the label "{value}", so the value on that row is not used: check its spelling',
  'settings.problem.missingTab':
    'there is no Settings tab, so the KR card values are used throughout: use Set up sheets to make one',
  'settings.problem.at': 'Settings, cell {cell}: {problem}',
  'settings.problem.madeNew':
    'There was no Settings tab, so a new one ({name}) was made with the KR card values: check them',
  'log.problem.twoLogs':
    'There is more than one mission log ({names}); KR Tracker counts and records in {used} only',
  'field.required': '{label} is required',
  'field.tooLong': '{label} is longer than {max} characters',
  'field.date': 'Enter a real date such as 15/1/2568 or 2025-01-15 (a four-digit year)',
  'field.dateRange': 'The date must fall between the years 1900 and 2399 (B.E. 2443 to 2942)',
  'field.dateFuture':
    'A mission that is done cannot be dated after today ({today}); if it is still to come, choose the status Planned',
  'field.dateTooFar': 'The date must be no more than a year from today (by {limit})',
  'field.kind': 'Choose a kind from the list',
  'field.status': 'Choose a status from the list',
  'field.steps': 'The steps must be five checkboxes',
  'field.evidence': 'Evidence must be a link starting with http:// or https://',
  'field.id': 'The mission ID is not valid',
  'field.text': '{label} must be text',
  'field.input': 'What was sent is not a mission form',
  'edit.unknownId':
    'This mission is no longer in the mission log (it may have been deleted): nothing was saved',
  'edit.conflict':
    'Someone else changed this mission (row {row}) after you opened it, so nothing was saved: look at its current values below and save again',
  'edit.refusedFields': '{fields} cannot be changed this way: nothing was saved',
  'edit.badRequest':
    'The edit is not complete (an ID, the changes and the row’s version are needed): nothing was saved',
  'edit.missingColumns':
    'The mission log has no {columns} column in its header: use Set up sheets to add it back, then try again. Nothing was saved',
  'edit.noLog': 'There is no mission log yet: use Set up sheets first',
  'edit.saved': 'Changes saved (row {row})',
  'edit.nothing': 'Nothing was changed, so nothing was saved',
  'verify.noEmail':
    'Google does not give KR Tracker your e-mail address, so it cannot tell that you are a reviewer: nothing was changed',
  'verify.notReviewer':
    'Only the reviewers named in Settings (or the spreadsheet’s owner) may verify missions: nothing was changed',
  'verify.writeFailed':
    'Could not record the verification ({error}): nothing was changed. If you were named a reviewer recently, ask the spreadsheet’s owner to run Set up sheets again so that you may edit the review columns',
  'verify.done': 'Verified (row {row})',
  'verify.undone': 'Verification removed (row {row})',
  'history.created': 'New mission',
  'history.protection': 'KR Tracker: the history of changes, written by the add-on; please do not edit',
  'setup.reviewProtection': 'KR Tracker: only the reviewers and the spreadsheet’s owner may edit',
  'setup.notProtected':
    'The Verified columns are not protected yet: the spreadsheet’s owner or a reviewer must run Set up sheets',
};
